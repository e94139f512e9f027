/*
 * Start the rasa-webchat widget with the clinic's settings, and make it accessible.
 *
 * The settings (title, colours, labels, Rasa's address) come from widget-settings.json next to
 * this script, which the page server builds from content/clinic.yml; a data-socket-url attribute
 * on this script's tag overrides the address. The conversation lives in sessionStorage: it
 * survives a reload but not closing the tab, which suits a shared computer at a clinic.
 *
 * rasa-webchat 1.0.1 has no options for accessible names, roles or keys, so the layer below adds
 * them to the markup it renders (docs/accessibility.md): names for its buttons and input, the
 * message list as a polite live log that the keyboard can reach, quick replies as buttons,
 * Escape to close, an assertive announcement of an escalation, and widget.css (focus rings,
 * reduced motion, reflow).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var settingsUrl = new URL("widget-settings.json", script.src).href;

  function showStatus(text) {
    var status = document.getElementById("widget-status");
    if (status) {
      status.textContent = text;
      status.hidden = false;
    }
  }

  function addStyles() {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL("widget.css", script.src).href;
    document.head.appendChild(link);  // after rasa-webchat's own styles, so these win
  }

  function setAttributes(node, attributes) {
    if (!node) return;
    Object.keys(attributes).forEach(function (name) {
      if (node.getAttribute(name) !== attributes[name]) node.setAttribute(name, attributes[name]);
    });
  }

  // Names, roles and tab stops, applied again whenever rasa-webchat renders.
  function label(root, settings) {
    var open = Boolean(root.querySelector(".rw-chat-open"));
    setAttributes(root.querySelector(".rw-launcher"), { "aria-label": open ? settings.closeLabel : settings.openLabel });
    setAttributes(root.querySelector(".rw-close-button"), { "aria-label": settings.closeLabel });
    setAttributes(root.querySelector(".rw-title"), { "aria-level": "2" });
    setAttributes(root.querySelector(".rw-messages-container"), {
      role: "log", "aria-live": "polite", "aria-label": settings.conversationLabel, tabindex: "0",
    });
    setAttributes(root.querySelector(".rw-new-message"), { "aria-label": settings.inputLabel });
    setAttributes(root.querySelector(".rw-send"), { "aria-label": settings.sendLabel });
    setAttributes(root.querySelector(".rw-send svg"), { "aria-hidden": "true", focusable: "false" });
    root.querySelectorAll("div.rw-reply").forEach(function (reply) {
      setAttributes(reply, { role: "button", tabindex: "0" });
    });
  }

  // Enter or Space presses a quick reply, and the cursor goes back to the input (the buttons go
  // away once one is chosen). Escape, in the widget or with focus nowhere, closes the chat; focus
  // then goes to the launcher.
  function onKey(root, event) {
    var target = event.target;
    if ((event.key === "Enter" || event.key === " ") && target.matches("div.rw-reply")) {
      event.preventDefault();
      target.click();
      var input = root.querySelector(".rw-new-message");
      if (input) input.focus();
    } else if (event.key === "Escape" && root.querySelector(".rw-chat-open") &&
               (root.contains(target) || target === document.body)) {
      event.preventDefault();
      (root.querySelector(".rw-close-button") || root.querySelector(".rw-launcher")).click();
    }
  }

  function focusLauncher(root) {
    setTimeout(function () {  // after rasa-webchat has rendered the closed state
      var launcher = root.querySelector(".rw-launcher");
      if (launcher) launcher.focus();
    }, 0);
  }

  // An escalation's first sentence tells the runner to call the emergency number, e.g.
  // "Please get medical help now: call 999 or go to your nearest emergency department."
  // (content/triage.yml). That sentence is announced at once, interrupting; the whole reply is
  // then read politely from the log like any other.
  function firstSentence(text) {
    var match = /^[\s\S]*?[.!?](?=\s|$)/.exec(text.trim());
    return (match ? match[0] : text).replace(/\s+/g, " ").trim();
  }

  function isEscalation(sentence, emergencyNumber) {
    var number = emergencyNumber.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp("\\bcall\\s+" + number + "(?!\\d)", "i").test(sentence);
  }

  function assertiveRegion(root) {
    var region = document.createElement("div");
    region.className = "rw-a11y-alert";
    region.setAttribute("aria-live", "assertive");
    region.setAttribute("aria-atomic", "true");
    // visually hidden, even if widget.css does not load
    region.style.cssText = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;" +
      "overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0";
    root.insertAdjacentElement("afterend", region);  // outside what rasa-webchat renders
    return region;
  }

  function announceEscalations(region, settings) {
    return function (message) {
      var sentence = message && typeof message.text === "string" ? firstSentence(message.text) : "";
      if (!sentence || !isEscalation(sentence, settings.emergencyNumber)) return;
      region.textContent = "";  // a repeated escalation is announced again
      setTimeout(function () { region.textContent = sentence; }, 100);
    };
  }

  function start(settings) {
    var root = document.getElementById("webchat");
    document.querySelectorAll("[data-clinic-name]").forEach(function (node) {
      node.textContent = settings.title;
    });
    root.setAttribute("lang", settings.locale);
    var assertive = assertiveRegion(root);
    new MutationObserver(function () { label(root, settings); })
      .observe(root, { childList: true, subtree: true });
    document.addEventListener("keydown", function (event) { onKey(root, event); });
    window.WebChat.default(
      {
        socketUrl: script.dataset.socketUrl || settings.socketUrl,
        socketPath: "/socket.io/",
        initPayload: "/greet",
        title: settings.title,
        subtitle: settings.subtitle,
        inputTextFieldHint: settings.inputTextFieldHint,
        mainColor: settings.mainColor,
        userBackgroundColor: settings.userBackgroundColor,
        userTextColor: settings.userTextColor,
        assistBackgoundColor: settings.assistBackgoundColor,
        assistTextColor: settings.assistTextColor,
        conversationBackgroundColor: settings.conversationBackgroundColor,
        params: { storage: "session" },
        customMessageDelay: function () { return 150; },
        showMessageDate: false,
        onSocketEvent: { bot_uttered: announceEscalations(assertive, settings) },
        onWidgetEvent: { onChatClose: function () { focusLauncher(root); } },
      },
      root
    );
    label(root, settings);
  }

  addStyles();
  fetch(settingsUrl)
    .then(function (response) {
      if (!response.ok) throw new Error("settings answered " + response.status);
      return response.json();
    })
    .then(start)
    .catch(function (error) {
      showStatus("The chat is unavailable right now. Please call the clinic instead.");
      console.error("widget settings:", error);
    });
})();
