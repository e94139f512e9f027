"""The clinic page in a real browser (Debian's chromium, headless, driven by Playwright) against
the real page server, Rasa server and action server: what a patient sees in the web widget."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.expected import clinic, content_file, follow_up_titles, tier_text, topic
from tests.browser.page import WAIT_MS, first_paragraph, squash, wait_for_bot_text
from tests.servers import Stack

playwright = pytest.importorskip("playwright.sync_api")

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "widget-conversation.png"
DISCLAIMER = content_file("triage.yml")["disclaimer"]
XSS = '<img src=x onerror="window.__xss = 1">'


def open_widget(page, url: str) -> None:
    page.goto(url)
    page.locator(".rw-launcher").click(timeout=WAIT_MS)


def bot_texts(page) -> list:
    return [squash(text) for text in page.locator(".rw-response").all_inner_texts()]


def wait_for_last_bot_text(page, text: str) -> None:
    """Wait until the newest bot bubble contains `text` (a reply's bubbles arrive one by one)."""
    page.wait_for_function(
        "([wanted]) => { const nodes = document.querySelectorAll('.rw-response');"
        " return nodes.length && nodes[nodes.length - 1].innerText.replace(/\\s+/g, ' ').includes(wanted); }",
        arg=[squash(text)], timeout=WAIT_MS,
    )


def send(page, text: str) -> None:
    page.fill(".rw-new-message", text)
    page.keyboard.press("Enter")


def session_id(page) -> str:
    return json.loads(page.evaluate("sessionStorage.getItem('chat_session')"))["session_id"]


def test_patient_conversation_in_the_widget(browser, stack: Stack) -> None:
    context = browser.new_context(viewport={"width": 1100, "height": 860})
    page = context.new_page()
    open_widget(page, stack.page_url)

    # The assistant speaks first, with the clinic's name, in its colours.
    wait_for_bot_text(page, first_paragraph("greeting"))
    assert page.locator(".rw-header .rw-title").inner_text() == clinic()["clinic_name"]
    header_colour = page.locator(".rw-header").evaluate("node => getComputedStyle(node).backgroundColor")
    assert header_colour == "rgb(15, 107, 92)"  # #0f6b5c from clinic.yml

    # Buttons render and a click answers its topic.
    titles = follow_up_titles("greeting")
    assert page.locator(".rw-reply").all_inner_texts() == titles
    page.locator(".rw-reply", has_text=topic("causes")["title"]).click()
    wait_for_bot_text(page, first_paragraph("causes"))

    # A typed question gets the content answer.
    send(page, "why won't resting fix my knee?")
    wait_for_bot_text(page, first_paragraph("why_rest_fails"))

    # A red flag is escalated in the very next reply, with the emergency number.
    send(page, "my knee locked and now it won't straighten at all")
    wait_for_bot_text(page, tier_text("emergency")[:40])
    wait_for_last_bot_text(page, DISCLAIMER)
    escalation = next(text for text in bot_texts(page) if tier_text("emergency")[:40] in text)
    assert clinic()["emergency_number"] in escalation
    assert stack.slot(session_id(page), "triage_level") == "emergency"
    page.screenshot(path=str(SCREENSHOT))

    # Markup typed by the user is shown as text, never run; it still gets a reply.
    replies_before = len([text for text in bot_texts(page) if text])
    send(page, XSS)
    page.locator(".rw-client", has_text="onerror").wait_for(timeout=WAIT_MS)
    assert squash(page.locator(".rw-client").last.inner_text()) == XSS
    page.wait_for_function(  # a reply with text, not the typing indicator
        "n => [...document.querySelectorAll('.rw-response')].filter(r => r.innerText.trim()).length > n",
        arg=replies_before, timeout=WAIT_MS)
    assert page.locator(".rw-messages-container img[src='x']").count() == 0
    assert page.evaluate("window.__xss") is None

    # A reload keeps the whole conversation, and the assistant still answers afterwards.
    before = page.locator(".rw-message").count()
    page.reload()
    page.wait_for_function("n => document.querySelectorAll('.rw-message').length >= n",
                           arg=before, timeout=WAIT_MS)
    assert page.locator(".rw-message").count() == before
    assert any(tier_text("emergency")[:40] in text for text in bot_texts(page))
    send(page, "what is runner's knee?")
    wait_for_bot_text(page, first_paragraph("what_is"))
    context.close()


def test_widget_fits_a_375px_phone(browser, stack: Stack) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    page = context.new_page()
    open_widget(page, stack.page_url)
    wait_for_bot_text(page, first_paragraph("greeting"))
    page.locator(".rw-reply", has_text=topic("what_is")["title"]).tap()
    wait_for_bot_text(page, first_paragraph("what_is"))
    send(page, "my knee gave way twice this week")
    wait_for_bot_text(page, tier_text("urgent").split(".")[0])
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375
    for selector in (".rw-conversation-container", ".rw-new-message", ".rw-header"):
        box = page.locator(selector).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375, selector
        assert box["y"] >= 0 and box["y"] + box["height"] <= 740, selector
    context.close()
