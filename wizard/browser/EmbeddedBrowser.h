#pragma once

#include "browser/BrowserPage.h"

#include <QPointer>
#include <QUrl>
#include <QWebEngineProfile>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QWebEngineView;

namespace insightly {

class UrlOpener;

// A small browser for one purpose (sign-in, Insightly's settings): an address line that shows which site and
// whether the connection is secure, a progress bar, the view, and a plain message when a page cannot load.
// By default each instance has its own off-the-record profile, so sessions never mix and nothing is written
// to disk; resetSession() starts a new one. setSharedProfile() instead joins a profile several browsers share
// (PersistentProfiles: one signed-in web session for all of them). The web engine is created on first use,
// not with the widget.
class EmbeddedBrowser : public QWidget
{
    Q_OBJECT
public:
    // `trust` is handed to every page of this browser (BrowserPage::setCertificateTrust); none = reject all.
    explicit EmbeddedBrowser(UrlOpener &opener, const QString &objectNamePrefix, CertificateTrust trust = {},
                             QWidget *parent = nullptr);
    ~EmbeddedBrowser() override;

    void load(const QUrl &url);
    BrowserPage *page();             // creates the engine on first call
    QWebEngineView *view();
    // Private profile: a fresh one (cookies and certificate decisions forgotten). Shared profile: its cookies
    // are deleted (every browser sharing it is signed out) and this browser's page is rebuilt.
    void resetSession();
    // Uses `profile` (owned elsewhere, and outliving this browser) instead of a private one; null goes back
    // to a private profile. A page already built for another profile is rebuilt, so the next load() uses it.
    void setSharedProfile(QWebEngineProfile *profile);
    QWebEngineProfile *sharedProfile() const { return m_sharedProfile; }
    QUrl currentUrl() const;
    QString errorText() const;

signals:
    void urlChanged(const QUrl &url);
    void loadFinished(bool ok);
    void pageCreated(BrowserPage *page);

private:
    void ensureEngine();
    void destroyEngine();
    void showError(const QString &text);

    UrlOpener &m_opener;
    QString m_prefix;
    CertificateTrust m_trust;
    QLineEdit *m_address = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QWebEngineProfile *m_profile = nullptr; // the page's profile: m_sharedProfile or a private one
    QPointer<QWebEngineProfile> m_sharedProfile;
    bool m_ownsProfile = false;
    QPointer<BrowserPage> m_page;
    QWebEngineView *m_view = nullptr;
};

} // namespace insightly
