#include "browser/EmbeddedBrowser.h"

#include "browser/BrowserPage.h"
#include "browser/UrlOpener.h"
#include "core/TlsProblem.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWebEngineCookieStore>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace insightly {

EmbeddedBrowser::EmbeddedBrowser(UrlOpener &opener, const QString &objectNamePrefix, CertificateTrust trust,
                                 QWidget *parent)
    : QWidget(parent)
    , m_opener(opener)
    , m_prefix(objectNamePrefix)
    , m_trust(std::move(trust))
{
    setObjectName(m_prefix + QStringLiteral("Browser"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_address = new QLineEdit(this);
    m_address->setObjectName(m_prefix + QStringLiteral("Address"));
    m_address->setAccessibleName(tr("Address of the page shown"));
    m_address->setReadOnly(true);
    m_address->setFocusPolicy(Qt::ClickFocus);
    layout->addWidget(m_address);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(m_prefix + QStringLiteral("Progress"));
    m_progress->setAccessibleName(tr("Page loading progress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumHeight(4);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_error = new QLabel(this);
    m_error->setObjectName(m_prefix + QStringLiteral("Error"));
    m_error->setWordWrap(true);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(8);
    m_error->hide();
    layout->addWidget(m_error);
}

EmbeddedBrowser::~EmbeddedBrowser()
{
    destroyEngine();
}

void EmbeddedBrowser::ensureEngine()
{
    if (m_view)
        return;
    if (m_sharedProfile) {
        m_profile = m_sharedProfile;
        m_ownsProfile = false;
    } else {
        m_ownsProfile = true;
        // No storage name: off the record — cookies, cache and certificate decisions stay in memory only.
        m_profile = new QWebEngineProfile(this);
        m_profile->setHttpAcceptLanguage(QLocale().uiLanguages().join(u','));
        m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    }

    m_view = new QWebEngineView(this);
    m_view->setObjectName(m_prefix + QStringLiteral("View"));
    m_view->setAccessibleName(tr("Web page"));
    m_page = new BrowserPage(m_profile, m_view);
    m_page->setCertificateTrust(m_trust);
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, true);
    m_view->setPage(m_page);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_view, 1);

    connect(m_page, &BrowserPage::popupRequested, this, [this](const QUrl &url) { m_opener.open(url); });
    connect(m_page, &BrowserPage::certificateRejected, this, [this](const QUrl &url, const QString &description) {
        showError(tr("The connection to %1 is not secure, so the page was not opened. %2\n%3")
                      .arg(url.host(), description, TlsProblem::advice()));
    });
    connect(m_view, &QWebEngineView::urlChanged, this, [this](const QUrl &url) {
        const bool secure = url.scheme() == QLatin1String("https");
        m_address->setText((secure ? QStringLiteral("🔒 ") : tr("Not secure — ")) + url.toDisplayString());
        emit urlChanged(url);
    });
    connect(m_view, &QWebEngineView::loadStarted, this, [this] {
        m_progress->setValue(0);
        m_progress->show();
    });
    connect(m_view, &QWebEngineView::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_progress->hide();
        if (ok)
            m_error->hide();
        emit loadFinished(ok);
    });
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        if (info.status() != QWebEngineLoadingInfo::LoadFailedStatus)
            return;
        if (info.errorDomain() == QWebEngineLoadingInfo::CertificateErrorDomain)
            return; // already explained by certificateRejected
        if (info.errorCode() == -3 /* ERR_ABORTED: e.g. our own cancelled redirect */)
            return;
        showError(tr("The page %1 could not be opened: %2").arg(info.url().host(), info.errorString()));
    });
    emit pageCreated(m_page);
}

void EmbeddedBrowser::destroyEngine()
{
    // Pages must go before their profile.
    if (m_view) {
        m_view->setPage(nullptr);
        delete m_page;
        delete m_view;
        m_view = nullptr;
    }
    if (m_ownsProfile)
        delete m_profile; // a private profile; a shared one belongs to its owner
    m_profile = nullptr;
    m_ownsProfile = false;
}

void EmbeddedBrowser::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setAccessibleName(text);
    m_error->show();
}

void EmbeddedBrowser::load(const QUrl &url)
{
    ensureEngine();
    m_error->hide();
    m_view->load(url);
}

BrowserPage *EmbeddedBrowser::page()
{
    ensureEngine();
    return m_page;
}

QWebEngineView *EmbeddedBrowser::view()
{
    ensureEngine();
    return m_view;
}

void EmbeddedBrowser::resetSession()
{
    if (m_sharedProfile)
        m_sharedProfile->cookieStore()->deleteAllCookies();
    destroyEngine();
    ensureEngine();
}

void EmbeddedBrowser::setSharedProfile(QWebEngineProfile *profile)
{
    if (m_sharedProfile == profile)
        return;
    const bool rebuild = m_view != nullptr;
    destroyEngine();
    m_sharedProfile = profile;
    if (rebuild)
        ensureEngine();
}

QUrl EmbeddedBrowser::currentUrl() const
{
    return m_view ? m_view->url() : QUrl();
}

QString EmbeddedBrowser::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace insightly
