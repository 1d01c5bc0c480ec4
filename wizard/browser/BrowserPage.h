#pragma once

#include <QStringList>
#include <QWebEnginePage>
#include <functional>

class QWebEngineCertificateError;

namespace insightly {

// The one way to let the embedded browser accept a certificate error. Without one (the default everywhere in
// the wizard) every certificate error is rejected. A policy gets each error and returns true only when it
// accepted it (the policy accepts the error itself); otherwise the error is rejected and reported. Only the
// application's start-up code sets one.
using CertificateTrust = std::function<bool(QWebEngineCertificateError &error)>;

// A web page with the wizard's safety rules built in (Qt's API: https://doc.qt.io/qt-6/qwebenginepage.html):
// - a redirect to the OAuth redirect URI is caught in acceptNavigationRequest, before any request is made;
// - certificate errors are rejected (TLS fails closed) and reported, unless a CertificateTrust accepts one;
// - pop-ups go to the system browser, never a new embedded window;
// - a file chooser can be answered with a pre-selected file (certificate upload in one click);
// - an auto-posted SAMLResponse can be captured as it is submitted (the `formdata` event, isolated world).
class BrowserPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit BrowserPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setCertificateTrust(CertificateTrust trust) { m_trust = std::move(trust); }

    // Navigations for which `matches` returns true are cancelled and reported by redirectCaught().
    void setRedirectCatcher(std::function<bool(const QUrl &)> matches) { m_redirectMatches = std::move(matches); }
    // The next file chooser is answered with these absolute paths (and reported by fileChooserAnswered()).
    void setPreselectedFiles(const QStringList &absolutePaths) { m_preselected = absolutePaths; }
    QStringList preselectedFiles() const { return m_preselected; }
    // Starts capturing SAML responses posted by pages in this page (samlResponseCaptured()).
    void enableSamlCapture();

signals:
    void redirectCaught(const QUrl &url);
    // `description` names the host and the problem in a whole, translated sentence.
    void certificateRejected(const QUrl &url, const QString &description);
    void popupRequested(const QUrl &url);
    void fileChooserAnswered(const QStringList &files);
    void samlResponseCaptured(const QString &base64Response, const QUrl &postedTo);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceId) override;

private:
    CertificateTrust m_trust;
    std::function<bool(const QUrl &)> m_redirectMatches;
    QStringList m_preselected;
    QString m_lastCapturedSaml;
};

} // namespace insightly
