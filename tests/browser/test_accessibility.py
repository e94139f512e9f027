"""The widget for a runner who uses a keyboard, a screen reader, a narrow screen, zoom or reduced
motion (WCAG 2.1 AA), in Debian's chromium against the real page, Rasa and action servers.

axe-core (pinned in package.json, installed by `make setup`) checks the page in four states at
two widths; the other tests do what such a runner does and check what they would notice. The
expected words come from content/, never from web/widget.js."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Dict, List

import pytest

from tests.expected import content_file, filled, follow_up_titles, topic
from tests.browser.page import WAIT_MS, first_paragraph, squash, wait_for_bot_text
from tests.servers import Stack

playwright = pytest.importorskip("playwright.sync_api")
expect = playwright.expect

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDGET = content_file("clinic.yml")["widget"]
TRIAGE_YML = content_file("triage.yml")
FALL = "I fell and now I can't put any weight on my leg"
QUESTION = "what is runner's knee?"


def first_sentence(text: str) -> str:
    return squash(re.match(r"[\s\S]*?[.!?](?=\s|$)", text.strip()).group(0))


# What an emergency reply tells the runner to do, as triage.yml words it for this clinic.
EMERGENCY_ACTION = first_sentence(filled(TRIAGE_YML["tiers"]["emergency"]["text"]))


def new_page(browser, width: int, height: int, **options):
    context = browser.new_context(viewport={"width": width, "height": height}, **options)
    return context, context.new_page()


def wait_for_buttons(page, topic_id: str) -> None:
    """The reply to a topic is complete when its follow-up buttons are shown."""
    for title in follow_up_titles(topic_id):
        page.locator(".rw-reply", has_text=title).last.wait_for(timeout=WAIT_MS)


def settle(page) -> None:
    """Let the widget finish sliding in and fading, so axe sees what a runner reads."""
    page.wait_for_function(
        "() => document.getAnimations().every(a => a.playState !== 'running')", timeout=WAIT_MS)


def axe_violations(page) -> List[Dict]:
    settle(page)
    page.evaluate(AXE.read_text(encoding="utf-8"))  # through DevTools, so the page's CSP allows it
    return page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
        ".map(v => ({id: v.id, impact: v.impact, targets: v.nodes.map(n => n.target.join(' '))}))",
        WCAG_AA,
    )


def focused(page) -> Dict:
    """What has keyboard focus, and whether it shows (outline of the focused element)."""
    return page.evaluate(
        "() => { const node = document.activeElement, style = getComputedStyle(node);"
        " return {name: node.getAttribute('aria-label') || node.innerText.trim(),"
        " classes: node.className, outline: style.outlineStyle, width: parseFloat(style.outlineWidth)}; }")


def press_until(page, key: str, wanted: Callable[[Dict], bool], limit: int = 12) -> Dict:
    for _ in range(limit):
        page.keyboard.press(key)
        now = focused(page)
        if wanted(now):
            return now
    raise AssertionError(f"{key} pressed {limit} times never reached the wanted element; last: {now}")


def assert_focus_visible(state: Dict) -> None:
    assert state["outline"] != "none" and state["width"] >= 2, f"no visible focus on {state}"


def durations(page) -> List[float]:
    """Every animation and transition duration in the widget, in seconds."""
    return page.evaluate(
        "() => [...document.querySelectorAll('#webchat, #webchat *')].flatMap(node => {"
        " const style = getComputedStyle(node);"
        " return [style.animationDuration, style.transitionDuration].join(',').split(',')"
        "   .map(d => d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d)); })")


@pytest.mark.parametrize("width", [375, 1280])
def test_axe_finds_no_wcag_aa_violations_closed_open_after_a_reply_and_an_escalation(
        browser, stack: Stack, width: int) -> None:
    context, page = new_page(browser, width, 800)
    page.goto(stack.page_url)
    page.locator(".rw-launcher").wait_for(timeout=WAIT_MS)
    assert page.evaluate("() => document.documentElement.lang") == content_file("clinic.yml")["clinic"]["locale"]
    found = {"closed": axe_violations(page)}

    page.get_by_role("button", name=WIDGET["open_label"]).click()
    wait_for_buttons(page, "greeting")
    found["open"] = axe_violations(page)

    page.get_by_role("textbox", name=WIDGET["input_label"]).fill(QUESTION)
    page.keyboard.press("Enter")
    wait_for_bot_text(page, first_paragraph("what_is"))
    wait_for_buttons(page, "what_is")
    found["after a reply"] = axe_violations(page)

    page.get_by_role("textbox", name=WIDGET["input_label"]).fill(FALL)
    page.keyboard.press("Enter")
    wait_for_bot_text(page, EMERGENCY_ACTION)
    wait_for_bot_text(page, TRIAGE_YML["disclaimer"])
    found["after an escalation"] = axe_violations(page)
    context.close()
    assert {state: violations for state, violations in found.items() if violations} == {}


def test_keyboard_only_conversation(browser, stack: Stack) -> None:
    context, page = new_page(browser, 1280, 800)
    page.goto(stack.page_url)
    launcher = page.get_by_role("button", name=WIDGET["open_label"])
    launcher.wait_for(timeout=WAIT_MS)

    state = press_until(page, "Tab", lambda now: now["name"] == WIDGET["open_label"])
    assert_focus_visible(state)
    page.keyboard.press("Enter")  # opens the chat with the cursor in the input
    expect(page.get_by_role("textbox", name=WIDGET["input_label"])).to_be_focused()
    assert_focus_visible(focused(page))
    wait_for_buttons(page, "greeting")

    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")
    wait_for_bot_text(page, first_paragraph("what_is"))
    wait_for_buttons(page, "what_is")

    # The reply's buttons sit just above the input: Shift+Tab from the input reaches them.
    title = follow_up_titles("what_is")[0]
    state = press_until(page, "Shift+Tab", lambda now: now["name"] == title and "rw-reply" in now["classes"])
    assert_focus_visible(state)
    page.keyboard.press("Enter")  # picks it; the buttons go and the cursor is back in the input
    expect(page.locator(".rw-client").last).to_have_text(title)
    expect(page.get_by_role("textbox", name=WIDGET["input_label"])).to_be_focused()
    picked = next(follow_up for follow_up in topic("what_is")["follow_ups"] if topic(follow_up)["title"] == title)
    wait_for_bot_text(page, first_paragraph(picked))

    page.keyboard.press("Escape")
    expect(page.get_by_role("textbox", name=WIDGET["input_label"])).to_have_count(0)
    expect(page.get_by_role("button", name=WIDGET["open_label"])).to_be_focused()
    assert_focus_visible(focused(page))
    context.close()


def test_phone_names_every_control_and_the_close_button_returns_focus(browser, stack: Stack) -> None:
    context, page = new_page(browser, 375, 740, is_mobile=True, has_touch=True)
    page.goto(stack.page_url)
    page.get_by_role("button", name=WIDGET["open_label"]).click(timeout=WAIT_MS)
    wait_for_buttons(page, "greeting")
    page.get_by_role("textbox", name=WIDGET["input_label"]).fill(QUESTION)
    send = page.get_by_role("button", name=WIDGET["send_label"])
    expect(send).to_be_enabled()
    send.click()
    wait_for_bot_text(page, first_paragraph("what_is"))
    # The message list scrolls; the keyboard can reach it to scroll it.
    log = page.get_by_role("log", name=WIDGET["conversation_label"])
    assert log.evaluate("node => node.scrollHeight > node.clientHeight && node.tabIndex === 0")
    page.get_by_role("button", name=WIDGET["close_label"]).first.click()
    expect(page.get_by_role("button", name=WIDGET["open_label"])).to_be_focused()
    context.close()


def test_replies_reach_the_live_log_and_an_escalation_the_assertive_region(browser, stack: Stack) -> None:
    context, page = new_page(browser, 1280, 800)
    page.goto(stack.page_url)
    page.get_by_role("button", name=WIDGET["open_label"]).click(timeout=WAIT_MS)
    wait_for_buttons(page, "greeting")
    log = page.get_by_role("log", name=WIDGET["conversation_label"])
    assert log.get_attribute("aria-live") == "polite"
    assertive = page.locator("[aria-live=assertive]")

    page.get_by_role("textbox", name=WIDGET["input_label"]).fill(QUESTION)
    page.keyboard.press("Enter")
    wait_for_bot_text(page, first_paragraph("what_is"))
    assert first_paragraph("what_is") in squash(log.inner_text())
    page.wait_for_timeout(500)
    assert assertive.text_content() == ""  # an ordinary reply does not interrupt

    page.get_by_role("textbox", name=WIDGET["input_label"]).fill(FALL)
    page.keyboard.press("Enter")
    expect(assertive).to_have_text(EMERGENCY_ACTION, timeout=WAIT_MS)
    assert str(content_file("clinic.yml")["clinic"]["emergency_number"]) in EMERGENCY_ACTION
    wait_for_bot_text(page, EMERGENCY_ACTION)
    assert EMERGENCY_ACTION in squash(log.inner_text())
    context.close()


# 320 CSS px is WCAG's reflow width; 1280 px at 200 % zoom lays out as 640 CSS px at 2 device px each.
@pytest.mark.parametrize("width, height, scale", [(320, 640, 1), (640, 400, 2)], ids=["320px", "200%zoom"])
def test_page_and_widget_reflow_without_horizontal_scrolling(browser, stack: Stack, width, height, scale) -> None:
    context, page = new_page(browser, width, height, device_scale_factor=scale)
    page.goto(stack.page_url)
    launcher = page.get_by_role("button", name=WIDGET["open_label"])
    launcher.wait_for(timeout=WAIT_MS)
    no_sideways_scroll = "() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth"
    assert page.evaluate(no_sideways_scroll)

    launcher.click()
    page.get_by_role("textbox", name=WIDGET["input_label"]).fill(FALL)
    page.keyboard.press("Enter")
    wait_for_bot_text(page, TRIAGE_YML["disclaimer"])
    # an emergency offers no topics; a question's answer brings buttons to lay out as well
    page.get_by_role("textbox", name=WIDGET["input_label"]).fill(QUESTION)
    page.keyboard.press("Enter")
    wait_for_buttons(page, "what_is")
    settle(page)
    assert page.evaluate(no_sideways_scroll)
    log = page.get_by_role("log", name=WIDGET["conversation_label"])
    assert log.evaluate("node => node.scrollWidth <= node.clientWidth"), "messages scroll sideways"
    header = page.locator(".rw-header").bounding_box()
    for part in (".rw-conversation-container", ".rw-header", ".rw-new-message", ".rw-reply"):
        box = page.locator(part).last.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, part
    for part in (".rw-title", ".rw-header span"):  # the clinic's name and subtitle, not cut off
        box = page.locator(part).bounding_box()
        assert header["y"] <= box["y"] and box["y"] + box["height"] <= header["y"] + header["height"], part
    context.close()


def test_reduced_motion_is_honoured(browser, stack: Stack) -> None:
    moving = []
    for motion in ("no-preference", "reduce"):
        context, page = new_page(browser, 1280, 800, reduced_motion=motion)
        page.goto(stack.page_url)
        page.get_by_role("button", name=WIDGET["open_label"]).click(timeout=WAIT_MS)
        wait_for_buttons(page, "greeting")
        moving.append(max(durations(page)))
        context.close()
    full, reduced = moving
    assert full >= 0.2  # the widget slides in and its icons turn...
    assert reduced <= 0.01  # ...but not for a runner who asked for less motion
