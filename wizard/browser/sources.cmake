# Sources of wizard/browser (target wizard_browser). The only layer below pages/ that may use widgets.
target_sources(wizard_browser PRIVATE
    browser/UrlOpener.h browser/UrlOpener.cpp
    browser/BrowserPage.h browser/BrowserPage.cpp
    browser/EmbeddedBrowser.h browser/EmbeddedBrowser.cpp
    browser/PersistentProfiles.h browser/PersistentProfiles.cpp
    browser/LoopbackRedirectListener.h browser/LoopbackRedirectListener.cpp
)
