/*
 * Start the rasa-webchat widget with the clinic's settings.
 *
 * The settings (title, colours, Rasa's address) come from widget-settings.json next to this
 * script, which the page server builds from content/clinic.yml; a data-socket-url attribute on
 * this script's tag overrides the address. The conversation lives in sessionStorage: it
 * survives a reload but not closing the tab, which suits a shared computer at a clinic.
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

  fetch(settingsUrl)
    .then(function (response) {
      if (!response.ok) throw new Error("settings answered " + response.status);
      return response.json();
    })
    .then(function (settings) {
      document.querySelectorAll("[data-clinic-name]").forEach(function (node) {
        node.textContent = settings.title;
      });
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
        },
        document.getElementById("webchat")
      );
    })
    .catch(function (error) {
      showStatus("The chat is unavailable right now. Please call the clinic instead.");
      console.error("widget settings:", error);
    });
})();
