#pragma once

#include "browser/BrowserPage.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QWebEngineProfile;
class QWebEngineView;

namespace insightly {

class UrlOpener;

// A small browser for one purpose (sign-in, Insightly's settings): an address line that shows which site and
// whether the connection is secure, a progress bar, the view, and a plain message when a page cannot load.
// Each instance has its own off-the-record profile, so sessions never mix and nothing is written to disk;
// resetSession() starts a new one. The web engine is created on first use, not with the widget.
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
    void resetSession();             // a fresh private profile (cookies and certificate decisions forgotten)
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
    QWebEngineProfile *m_profile = nullptr;
    QPointer<BrowserPage> m_page;
    QWebEngineView *m_view = nullptr;
};

} // namespace insightly
