// e2e_crash_driver: the real wizard (SetupWizard over a WizardContext, as main() builds them) in a process of
// its own, driven through a new setup (Steps 1–4) like a person with tests/support/WizardDriver, against a
// simulator running in another process. tst_e2e_crash starts it, SIGKILLs it at chosen moments and starts it
// again: each run goes from the Welcome page through whatever is left, so a run after a kill resumes from
// what the wizard saved and what Entra already holds.
//
// Progress goes to stdout, one line each, flushed at once, for the parent to wait on:
//   PAGE <name> entered | PAGE <name> done | SETUP COMPLETE | DRIVER FAILED: <why>
// Exit status: 0 when the Summary page was reached, 3 when a page did not do what it should.
//
// What the admin does outside the wizard — signing in to Insightly's settings page in another browser to
// upload the certificate, tick Enforce SAML Login and Enable SCIM Provisioning, and copy the SCIM endpoint
// and token — the driver does over HTTP, through the same proxy (InsightlyAdmin below).
#include "WizardDriver.h"
#include "core/Logging.h"
#include "core/SetupStateStore.h"
#include "core/Translations.h"
#include "pages/RotateCertificatePage.h"
#include "pages/RotateScimTokenPage.h"
#include "pages/SamlPage.h"
#include "pages/ScimPage.h"
#include "pages/SetupWizard.h"
#include "pages/SummaryPage.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSslConfiguration>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <cstdio>

using namespace insightly;
using testsupport::WizardDriver;

namespace {

constexpr int kLong = 240000;

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString pageName(int id)
{
    return QString::fromLatin1(QMetaEnum::fromType<SetupWizard::PageId>().valueToKey(id));
}

// Insightly's settings page, as the admin uses it in another browser.
class InsightlyAdmin
{
public:
    InsightlyAdmin(QString email, QString password)
        : m_email(std::move(email))
        , m_password(std::move(password))
    {
    }

    // Uploads the certificate unless Insightly already holds it.
    bool uploadCertificate(const QString &file, QString *why)
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("cannot read %1").arg(file);
            return false;
        }
        const QByteArray data = in.readAll();
        const QList<QSslCertificate> certs =
            QSslCertificate::fromData(data, QSsl::Pem) + QSslCertificate::fromData(data, QSsl::Der);
        if (certs.isEmpty()) {
            *why = QStringLiteral("%1 holds no certificate").arg(file);
            return false;
        }
        const QString thumbprint =
            QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha1).toHex()).toUpper();
        QByteArray page;
        if (!settingsPage(&page, why))
            return false;
        if (page.contains(thumbprint.toLatin1()))
            return true;
        const QByteArray boundary = "----crashDriverBoundary7Qp";
        const QByteArray body =
            "--" + boundary + "\r\nContent-Disposition: form-data; name=\"certificate\"; filename=\"" +
            QFileInfo(file).fileName().toUtf8() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" +
            data + "\r\n--" + boundary + "--\r\n";
        const int status = post(QStringLiteral("/settings/Saml/Certificate"), body,
                                "multipart/form-data; boundary=" + boundary, &page);
        if (!page.contains(thumbprint.toLatin1())) {
            *why = QStringLiteral("the upload did not take (HTTP %1)").arg(status);
            return false;
        }
        return true;
    }

    // Ticks Enforce SAML Login and Enable SCIM Provisioning and saves (the token is kept when SCIM was on).
    bool enforceAndEnableScim(QString *why)
    {
        QByteArray page;
        const int status = post(QStringLiteral("/settings/Saml"), "enforceSaml=true&enableScim=true",
                                "application/x-www-form-urlencoded", &page);
        if (status != 200 || !settingsPage(&page, why) || scimToken(page).isEmpty()) {
            *why = QStringLiteral("saving Enforce SAML Login and SCIM did not take (HTTP %1)").arg(status);
            return false;
        }
        return true;
    }

    // Clicks Regenerate: the old SCIM token stops working at once; the new one is read from the page.
    bool regenerateScimToken(QString *token, QString *why)
    {
        QByteArray page;
        if (!settingsPage(&page, why))
            return false;
        const QString before = scimToken(page);
        post(QStringLiteral("/settings/Saml/RegenerateToken"), {}, "application/x-www-form-urlencoded",
             &page);
        if (!settingsPage(&page, why))
            return false;
        *token = scimToken(page);
        if (token->isEmpty() || *token == before) {
            *why = QStringLiteral("Regenerate gave no new SCIM token");
            return false;
        }
        return true;
    }

    bool scimCredentials(QString *endpoint, QString *token, QString *why)
    {
        QByteArray page;
        if (!settingsPage(&page, why))
            return false;
        *endpoint = fieldValue(page, QStringLiteral("SCIM endpoint"));
        *token = scimToken(page);
        if (endpoint->isEmpty() || token->isEmpty()) {
            *why = QStringLiteral("the settings page shows no SCIM endpoint or token");
            return false;
        }
        return true;
    }

private:
    static QString fieldValue(const QByteArray &html, const QString &caption)
    {
        const QRegularExpression re(QStringLiteral("%1</label><input[^>]*value=\"([^\"]*)\"")
                                        .arg(QRegularExpression::escape(caption)));
        return re.match(QString::fromUtf8(html)).captured(1);
    }
    static QString scimToken(const QByteArray &html) { return fieldValue(html, QStringLiteral("Token")); }

    bool settingsPage(QByteArray *page, QString *why)
    {
        int status = get(QStringLiteral("/settings/Saml"), page);
        if (status == 200 && page->contains("SCIM"))
            return true;
        // Not signed in (a redirect to /User/Login): sign in with Insightly's own form, then again.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("email"), QString::fromLatin1(QUrl::toPercentEncoding(m_email)));
        form.addQueryItem(QStringLiteral("password"),
                          QString::fromLatin1(QUrl::toPercentEncoding(m_password)));
        QByteArray ignored;
        post(QStringLiteral("/User/Login"), form.toString(QUrl::FullyEncoded).toUtf8(),
             "application/x-www-form-urlencoded", &ignored);
        status = get(QStringLiteral("/settings/Saml"), page);
        if (status == 200 && page->contains("SCIM"))
            return true;
        *why = QStringLiteral("Insightly's settings page did not open (HTTP %1)").arg(status);
        return false;
    }

    int get(const QString &path, QByteArray *body) { return send("GET", path, {}, {}, body); }
    int post(const QString &path, const QByteArray &data, const QByteArray &type, QByteArray *body)
    {
        return send("POST", path, data, type, body);
    }
    int send(const QByteArray &method, const QString &path, const QByteArray &data, const QByteArray &type,
             QByteArray *body)
    {
        QNetworkRequest request(QUrl(QStringLiteral("https://crm.na1.insightly.com") + path));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setTransferTimeout(60000);
        if (!type.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, type);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, data);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 90000))
            reply->abort();
        *body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    QNetworkAccessManager m_network;
    QString m_email;
    QString m_password;
};

class CrashDriver
{
public:
    struct Options {
        QString password;
        QString signInUrl;
        QString apiKey;
        QString exportDir;
        QString reportFile;
        QStringList assign;                     // display names of the users and groups to assign in Step 4
        WizardMode mode = WizardMode::NewSetup; // the Welcome page's choice (a re-run after a first setup)
        QString modeName;                       // --mode, as given: names the re-run's pictures
        bool resumed = false; // --resumed: a Step 2 the wizard shows proven by an earlier run is not redone
    };

    CrashDriver(SetupWizard &wizard, WizardContext &context, Options options)
        : m_wizard(wizard)
        , m_context(context)
        , m_options(std::move(options))
        , m_driver(&wizard)
        , m_insightly(QStringLiteral("admin@contoso.example"), m_options.password)
    {
    }

    int m_pictures = 0;
    QSize m_screen; // the screen the window must fit

    int run()
    {
        for (;;) {
            const int id = m_wizard.currentId();
            say(QStringLiteral("PAGE %1 entered").arg(pageName(id)));
            if (!drive(id))
                return fail(QStringLiteral("on page %1: %2").arg(pageName(id), m_why));
            if (id != SetupWizard::Summary && !m_driver.waitFor([this] { return nextEnabled(); }, kLong))
                return fail(QStringLiteral("Next stayed disabled on page %1").arg(pageName(id)));
            // The page as the admin leaves it: its work done, Next (or Finish) enabled.
            picture(id);
            accessibilityWalk(id);
            if (id == SetupWizard::Summary) {
                say(QStringLiteral("SETUP COMPLETE"));
                return 0;
            }
            say(QStringLiteral("PAGE %1 done").arg(pageName(id)));
            if (!m_driver.clickWizardButton(QWizard::NextButton) ||
                !m_driver.waitFor([this, id] { return m_wizard.currentId() != id; }, 30000))
                return fail(QStringLiteral("Next did not leave page %1").arg(pageName(id)));
        }
    }

private:
    // Pictures only: every web view shown on the page has finished loading and Chromium has drawn two frames
    // of it since, so the picture shows the page, not a blank view.
    void settleWebViews()
    {
        QWizardPage *page = m_wizard.currentPage();
        if (!page)
            return;
        // Insightly's tab shows its SAML settings, as after the admin's "Open Insightly's SAML settings" (the
        // driver does Insightly's part through its own session, so the tab was never opened).
        if (auto *open = page->findChild<QAbstractButton *>(QStringLiteral("samlOpenInsightlyButton"));
            open && open->isVisible() && open->isEnabled()) {
            const auto views = page->findChildren<QWebEngineView *>();
            const bool blank = std::any_of(views.cbegin(), views.cend(), [](QWebEngineView *view) {
                return view->isVisible() && view->url().isEmpty();
            });
            if (blank) {
                open->click();
                for (QWebEngineView *view : views)
                    if (view->isVisible())
                        m_driver.waitFor([view] { return !view->url().isEmpty(); }, 30000);
            }
        }
        for (QWebEngineView *view : page->findChildren<QWebEngineView *>()) {
            if (!view->isVisible() || view->url().isEmpty())
                continue;
            m_driver.waitFor([view] { return !view->page()->isLoading(); }, 60000);
            WizardDriver::runJavaScript(view,
                                        QStringLiteral("window.__insightlyPainted = false; "
                                                       "requestAnimationFrame(() => requestAnimationFrame("
                                                       "() => { window.__insightlyPainted = true; }))"));
            m_driver.waitFor(
                [view] { return jsTrue(view, QStringLiteral("window.__insightlyPainted === true")); }, 10000);
        }
        // The frame Chromium drew reaches the window on the next turns of the event loop.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }

    // A LAYOUT line for every scroll area of the page that scrolls sideways (content wider than its view);
    // with INSIGHTLY_SCREENSHOTS_DIR set, also a picture of each page once its work is done.
    void picture(int id)
    {
        QCoreApplication::processEvents();
        if (const QString folder = qEnvironmentVariable("INSIGHTLY_SCREENSHOTS_DIR"); !folder.isEmpty()) {
            QDir().mkpath(folder);
            const QString prefix = m_options.mode == WizardMode::NewSetup
                                       ? QString()
                                       : QStringLiteral("rerun-%1-").arg(m_options.modeName);
            const QString name = QStringLiteral("%1%2-%3.png")
                                     .arg(prefix)
                                     .arg(++m_pictures, 2, 10, QLatin1Char('0'))
                                     .arg(pageName(id));
            settleWebViews();
            // Under a display server (scripts/screenshots.sh runs under Xvfb) the window as the screen shows
            // it, web views included; offscreen, the widgets' own painting (web views stay blank there).
            const QPixmap shot = QGuiApplication::platformName() == QLatin1String("xcb")
                                     ? m_wizard.screen()->grabWindow(m_wizard.winId())
                                     : m_wizard.grab();
            shot.save(QDir(folder).filePath(name));
        }
        if (QWizardPage *page = m_wizard.currentPage()) {
            for (QAbstractScrollArea *area : page->findChildren<QAbstractScrollArea *>()) {
                if (area->isVisibleTo(&m_wizard) && area->horizontalScrollBar()->isVisible() &&
                    !qobject_cast<QAbstractItemView *>(area) && !qobject_cast<QWebEngineView *>(area))
                    say(QStringLiteral("LAYOUT %1: %2 scrolls sideways")
                            .arg(pageName(id), area->objectName()));
            }
        }
        // On a 1366×768 screen (or larger) the page's next action is in view without scrolling: inside the
        // window, and inside every scroll area around it with that area scrolled to its top.
        if (m_screen.height() >= 768) {
            for (QWidget *action : primaryActions(id)) {
                const QRect inWindow(action->mapTo(&m_wizard, QPoint(0, 0)), action->size());
                bool inView = m_wizard.rect().contains(inWindow);
                for (QWidget *p = action->parentWidget(); p && inView; p = p->parentWidget()) {
                    auto *area = qobject_cast<QScrollArea *>(p);
                    if (area && area->widget() && area->widget()->isAncestorOf(action))
                        inView = action->mapTo(area->widget(), QPoint(0, action->height())).y() <=
                                 area->viewport()->height();
                }
                if (!inView)
                    say(QStringLiteral("LAYOUT %1: %2 is out of view without scrolling at %3x%4")
                            .arg(pageName(id), action->objectName())
                            .arg(m_screen.width())
                            .arg(m_screen.height()));
            }
        }
    }

    // What the admin does next on each page, once its work is done: the wizard's Next (Finish on the last
    // page) and the page's own main button, where visible and enabled.
    QList<QWidget *> primaryActions(int id) const
    {
        QList<QWidget *> actions;
        QAbstractButton *next = m_wizard.button(
            id == SetupWizard::Summary                                         ? QWizard::FinishButton
            : m_wizard.currentPage() && m_wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                               : QWizard::NextButton);
        actions << next;
        static const QHash<int, QStringList> own{
            {SetupWizard::Instance, {QStringLiteral("instanceCheckKeyButton")}},
            {SetupWizard::Saml,
             {QStringLiteral("samlEnforcedConfirm"), QStringLiteral("samlEnforceCheckButton")}},
            {SetupWizard::Scim, {QStringLiteral("scimSaveButton")}},
            {SetupWizard::Assign, {QStringLiteral("assignAddButton")}},
            {SetupWizard::RotateCertificate, {QStringLiteral("rotateRemoveOldButton")}},
            {SetupWizard::RotateScimToken, {QStringLiteral("rotateScimTestSaveButton")}},
        };
        for (const QString &name : own.value(id))
            if (auto *w = m_wizard.currentPage()->findChild<QWidget *>(name); w && w->isVisible())
                actions << w;
        actions.removeIf([](QWidget *w) { return !w || !w->isVisible(); });
        return actions;
    }

    // The widget that owns the keyboard focus as a person sees it: a web view rather than its inner widget.
    static QWidget *focusOwner()
    {
        QWidget *w = QApplication::focusWidget();
        for (QWidget *p = w; p; p = p->parentWidget())
            if (qobject_cast<QWebEngineView *>(p))
                return p;
        return w;
    }

    static QString describe(QWidget *w)
    {
        if (!w)
            return QStringLiteral("nothing");
        const QString name = w->accessibleName().isEmpty() ? w->objectName() : w->accessibleName();
        return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), name);
    }

    // With INSIGHTLY_A11Y_WALKER (a script, run with INSIGHTLY_A11Y_PYTHON, else python3) set, each page,
    // once its work is done, is walked twice: with the keyboard here (Tab round the page: no trap, every
    // enabled control and the next action reached), then through the accessibility bus by the walker (names:
    // none missing, none an object name). Each problem is one line, `A11Y <page>: <problem>`; `A11Y WALKED
    // <page>` ends the page.
    void accessibilityWalk(int id)
    {
        const QString walker = qEnvironmentVariable("INSIGHTLY_A11Y_WALKER");
        if (walker.isEmpty())
            return;
        keyboardWalk(id);
        QProcess process;
        process.start(qEnvironmentVariable("INSIGHTLY_A11Y_PYTHON", QStringLiteral("python3")),
                      {walker, QStringLiteral("--pid"), QString::number(QCoreApplication::applicationPid()),
                       QStringLiteral("--page"), pageName(id)});
        // The object names of the window, for the walker to recognise one spoken as a name.
        QStringList names;
        for (QObject *o : m_wizard.findChildren<QObject *>())
            if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_")))
                names << o->objectName();
        process.write(names.join(u'\n').toUtf8());
        process.closeWriteChannel();
        // The walker asks this process over D-Bus: the event loop runs while it reads.
        if (!m_driver.waitFor([&] { return process.state() == QProcess::NotRunning; }, 120000)) {
            process.kill();
            process.waitForFinished(5000);
        }
        const QStringList lines =
            QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            say(QStringLiteral("A11Y %1: %2").arg(pageName(id), line));
        const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            say(QStringLiteral("A11Y %1: the walker failed (%2): %3")
                    .arg(pageName(id))
                    .arg(process.exitCode())
                    .arg(err.right(600)));
        else if (!err.isEmpty())
            say(QStringLiteral("A11Y-INFO %1: %2").arg(pageName(id), err.section(u'\n', -1)));
        say(QStringLiteral("A11Y WALKED %1").arg(pageName(id)));
    }

    void keyboardWalk(int id)
    {
        const auto problem = [id](const QString &text) {
            say(QStringLiteral("A11Y %1: %2").arg(pageName(id), text));
        };
        m_wizard.activateWindow();
        if (!QTest::qWaitForWindowActive(&m_wizard)) {
            problem(QStringLiteral("the window could not be made active for the keyboard"));
            return;
        }
        QWidget *start = focusOwner();
        if (!start || start->window() != &m_wizard) {
            problem(QStringLiteral("no control has the keyboard focus"));
            m_wizard.button(QWizard::NextButton)->setFocus(Qt::TabFocusReason);
            start = focusOwner();
        }
        // Two rounds at most: a Tab that Chromium queued while its page had the focus may land on the widget
        // after the web view once the view hands the focus on; what one round skips that way, the next
        // reaches.
        QList<QWidget *> reached{start};
        for (int rounds = 0; rounds < 2; ++rounds) {
            const QList<QWidget *> missing = unreached(reached);
            if (rounds > 0 && missing.isEmpty())
                break;
            QWidget *current = focusOwner();
            const QWidget *from = current;
            int stuck = 0;
            bool round = false;
            for (int press = 0; press < 400 && !round; ++press) {
                if (!QApplication::focusWidget()) {
                    problem(QStringLiteral("the keyboard focus is lost after %1").arg(describe(current)));
                    return;
                }
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QCoreApplication::processEvents();
                // A web view moves the focus through its page first, then hands it on (asynchronously).
                // So does a label with links, link by link; an item view that moves between its cells on
                // Tab never does.
                const bool web = qobject_cast<QWebEngineView *>(current);
                if (web)
                    m_driver.waitFor([current] { return focusOwner() != current; }, 150);
                QWidget *now = focusOwner();
                if (now == current) {
                    if (++stuck >= (web ? 60 : 30)) {
                        problem(QStringLiteral("focus trap: Tab does not leave %1").arg(describe(current)));
                        return;
                    }
                    continue;
                }
                stuck = 0;
                current = now;
                round = now == from;
                if (!reached.contains(now))
                    reached << now;
            }
            if (!round) {
                problem(QStringLiteral("focus trap: Tab never comes back round to %1").arg(describe(start)));
                return;
            }
        }
        QStringList order;
        for (QWidget *w : std::as_const(reached))
            order << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                : w->objectName());
        say(QStringLiteral("A11Y-INFO %1: Tab order %2")
                .arg(pageName(id), order.join(QStringLiteral(" > "))));
        for (QWidget *action : primaryActions(id))
            if (action->isEnabled() && !reached.contains(action))
                problem(
                    QStringLiteral("the next action %1 cannot be reached with Tab").arg(describe(action)));
        for (QWidget *w : unreached(reached))
            problem(QStringLiteral("%1 cannot be reached with Tab").arg(describe(w)));
    }

    // The enabled, visible controls of the window that take Tab and are not in `reached`.
    QList<QWidget *> unreached(const QList<QWidget *> &reached) const
    {
        QList<QWidget *> missing;
        for (QWidget *w : m_wizard.findChildren<QWidget *>()) {
            if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() ||
                w->window() != &m_wizard)
                continue;
            bool inWeb = false;
            for (QWidget *p = w->parentWidget(); p && !inWeb; p = p->parentWidget())
                inWeb = qobject_cast<QWebEngineView *>(p);
            // One radio button of a group takes Tab; the arrow keys move between them. A label takes Tab
            // only for its links.
            auto *radio = qobject_cast<QRadioButton *>(w);
            auto *label = qobject_cast<QLabel *>(w);
            if (inWeb || (radio && radio->autoExclusive() && !radio->isChecked()) ||
                (label && !label->text().contains(QLatin1String("<a "), Qt::CaseInsensitive)))
                continue;
            if (!reached.contains(w))
                missing << w;
        }
        return missing;
    }

    int fail(const QString &why)
    {
        m_driver.screenshot(QStringLiteral("crash-driver-failed"));
        say(QStringLiteral("DRIVER FAILED: ") + why);
        return 3;
    }

    bool nextEnabled() const { return m_wizard.button(QWizard::NextButton)->isEnabled(); }

    bool why(const QString &text)
    {
        m_why = text;
        return false;
    }

    bool drive(int id)
    {
        switch (id) {
        case SetupWizard::Welcome:
            return welcome();
        case SetupWizard::SignIn:
            return signIn();
        case SetupWizard::Instance:
            return instance();
        case SetupWizard::App:
            return true; // Step 1 runs on its own; Next waits for it
        case SetupWizard::Saml:
            return saml();
        case SetupWizard::Scim:
            return scim();
        case SetupWizard::Assign:
            return assign();
        case SetupWizard::Summary:
            return summary();
        case SetupWizard::RotateCertificate:
            return rotateCertificate();
        case SetupWizard::RotateScimToken:
            return rotateScimToken();
        default:
            return why(QStringLiteral("a page the new setup does not have"));
        }
    }

    bool welcome()
    {
        static const QMap<WizardMode, QString> radios{
            {WizardMode::NewSetup, QStringLiteral("modeNewSetup")},
            {WizardMode::RotateCertificate, QStringLiteral("modeRotateCertificate")},
            {WizardMode::RotateScimToken, QStringLiteral("modeRotateScimToken")},
            {WizardMode::CheckStatus, QStringLiteral("modeCheckStatus")},
        };
        auto *radio = m_driver.find<QRadioButton>(radios.value(m_options.mode));
        if (!radio)
            return why(QStringLiteral("no choice %1 on the Welcome page").arg(radios.value(m_options.mode)));
        // On the round indicator: the layout stretches a radio button wider than its text.
        if (!radio->isChecked())
            QTest::mouseClick(radio, Qt::LeftButton, Qt::NoModifier, QPoint(8, radio->height() / 2));
        return m_context.mode() == m_options.mode || why(QStringLiteral("the choice did not take"));
    }

    // The sign-in test of Step 2 or of a rotation, in its embedded browser; true when every check passed.
    bool signInTest(QWidget *page)
    {
        auto *results = page->findChild<QTreeWidget *>(QStringLiteral("samlTestResults"));
        auto *button = page->findChild<QAbstractButton *>(QStringLiteral("samlTestButton"));
        if (!results || !button || !m_driver.waitFor([button] { return button->isEnabled(); }, kLong))
            return why(QStringLiteral("the sign-in test could not be started"));
        button->click();
        bool filled = false;
        if (!m_driver.waitFor(
                [&] {
                    if (!results->isHidden() && results->topLevelItemCount() > 0)
                        return true;
                    auto *view = page->findChild<QWebEngineView *>(QStringLiteral("samlTestView"));
                    if (!filled && view && view->isVisible() &&
                        jsTrue(view, QStringLiteral("!!document.getElementById('username')")))
                        filled = fillEntraSignIn(view);
                    return false;
                },
                kLong))
            return why(QStringLiteral("the sign-in test showed no result"));
        QStringList failed;
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            if (!results->topLevelItem(i)->data(1, Qt::UserRole).toBool())
                failed << results->topLevelItem(i)->text(0) + QStringLiteral(": ") +
                              results->topLevelItem(i)->text(3);
        return failed.isEmpty() ||
               why(QStringLiteral("the sign-in test failed: ") + failed.join(QStringLiteral("; ")));
    }

    bool clickWhenEnabled(QWidget *page, const QString &name)
    {
        auto *button = page->findChild<QAbstractButton *>(name);
        if (!button ||
            !m_driver.waitFor([button] { return button->isEnabled() && button->isVisible(); }, kLong))
            return why(QStringLiteral("%1 never became available").arg(name));
        button->click();
        return true;
    }

    // A certificate rotation as the admin does it: create, upload in Insightly, activate, test, remove the
    // old.
    bool rotateCertificate()
    {
        auto *page = qobject_cast<RotateCertificatePage *>(m_wizard.page(SetupWizard::RotateCertificate));
        if (!page)
            return why(QStringLiteral("no certificate rotation page"));
        using Stage = RotateCertificatePage::Stage;
        if (!m_driver.waitFor([page] { return page->stage() == Stage::Ready && !page->isRunning(); }, kLong))
            return why(QStringLiteral("the current certificate was not found"));
        if (!m_driver.typeText(QStringLiteral("rotateExportFolderEdit"), m_options.exportDir) ||
            !clickWhenEnabled(page, QStringLiteral("rotateCreateButton")) ||
            !m_driver.waitFor([page] { return page->stage() == Stage::Created && !page->isRunning(); },
                              kLong))
            return why(QStringLiteral("the new certificate was not created"));
        if (!m_insightly.uploadCertificate(page->certificatePath(), &m_why))
            return false;
        if (!clickWhenEnabled(page, QStringLiteral("rotateActivateButton")) ||
            !m_driver.waitFor([page] { return page->stage() == Stage::Activated && !page->isRunning(); },
                              kLong))
            return why(QStringLiteral("the new certificate was not activated"));
        if (!signInTest(page))
            return false;
        if (!clickWhenEnabled(page, QStringLiteral("rotateRemoveOldButton")) ||
            !m_driver.waitFor([page] { return page->stage() == Stage::Removed && !page->isRunning(); },
                              kLong))
            return why(QStringLiteral("the old certificate was not removed"));
        return true;
    }

    // A SCIM token rotation: Regenerate in Insightly, then test and save the new token in the wizard.
    bool rotateScimToken()
    {
        auto *page = qobject_cast<RotateScimTokenPage *>(m_wizard.page(SetupWizard::RotateScimToken));
        QString token;
        if (!page)
            return why(QStringLiteral("no SCIM token rotation page"));
        if (!m_insightly.regenerateScimToken(&token, &m_why))
            return false;
        if (!m_driver.typeText(QStringLiteral("rotateScimTokenEdit"), token) ||
            !clickWhenEnabled(page, QStringLiteral("rotateScimTestSaveButton")))
            return why(QStringLiteral("could not test and save the new token"));
        return m_driver.waitFor([page] { return page->isSaved() && !page->isBusy(); }, kLong) ||
               why(QStringLiteral("the new token was not saved"));
    }

    static bool jsTrue(QWebEngineView *view, const QString &script)
    {
        return view && WizardDriver::runJavaScript(view, script, 10000).toBool();
    }

    // Entra's sign-in form in a web view (the wizard's sign-in, or the SAML sign-in test): user, password,
    // consent.
    bool fillEntraSignIn(QWebEngineView *view)
    {
        WizardDriver::runJavaScript(
            view, QStringLiteral("document.getElementById('username').value='admin@contoso.example';"
                                 "document.getElementById('password').value='%1';"
                                 "document.getElementById('signin').click();")
                      .arg(m_options.password));
        return true;
    }

    bool signIn()
    {
        // The refresh token a former run kept in the keychain signs in without a browser; else the embedded
        // one. Each form is submitted once: the redirect that ends the flow is captured, so the page stays as
        // it was.
        QWebEngineView *view = nullptr;
        bool filled = false;
        bool accepted = false;
        const bool ok = m_driver.waitFor(
            [&] {
                if (nextEnabled())
                    return true;
                view = m_wizard.findChild<QWebEngineView *>(QStringLiteral("signInView"));
                if (!view || !view->isVisible() || accepted)
                    return false;
                if (!filled && jsTrue(view, QStringLiteral("!!document.getElementById('username')"))) {
                    filled = fillEntraSignIn(view);
                    return false;
                }
                if (jsTrue(view, QStringLiteral("!!document.getElementById('accept')"))) {
                    WizardDriver::runJavaScript(view,
                                                QStringLiteral("document.getElementById('accept').click()"));
                    accepted = true;
                }
                return false;
            },
            kLong);
        return ok || why(QStringLiteral("sign-in did not finish"));
    }

    bool instance()
    {
        auto *url = m_driver.find<QLineEdit>(QStringLiteral("instanceUrlEdit"));
        if (!url)
            return why(QStringLiteral("no Sign-in page URL field"));
        if (url->text().isEmpty() &&
            !m_driver.typeText(QStringLiteral("instanceUrlEdit"), m_options.signInUrl))
            return why(QStringLiteral("could not type the Sign-in page URL"));
        if (!m_options.apiKey.isEmpty()) {
            auto *result = m_driver.find<QLabel>(QStringLiteral("instanceApiKeyResult"));
            if (!m_driver.typeText(QStringLiteral("instanceApiKeyEdit"), m_options.apiKey) ||
                !m_driver.click(QStringLiteral("instanceCheckKeyButton")) || !result ||
                !m_driver.waitFor([result] { return result->property("confirmedAdministrator").toBool(); },
                                  60000))
                return why(QStringLiteral("the API key was not confirmed: %1")
                               .arg(result ? result->text() : QString()));
        }
        return true;
    }

    SamlPage *samlPage() const { return qobject_cast<SamlPage *>(m_wizard.page(SetupWizard::Saml)); }

    bool saml()
    {
        SamlPage *page = samlPage();
        auto *exportButton = m_driver.find<QAbstractButton>(QStringLiteral("samlExportButton"));
        if (!page || !exportButton)
            return why(QStringLiteral("no SAML page"));
        if (!m_driver.waitFor(
                [&] {
                    return !page->isRunning() && !page->certificatePath().isEmpty() &&
                           exportButton->isEnabled();
                },
                kLong))
            return why(QStringLiteral("SAML was not configured"));
        // A run after a kill (--resumed): Step 2 proven by an earlier run (the sign-in test passed with the
        // certificate Entra still signs with, Enforce SAML Login confirmed) shows as done once configured —
        // the admin goes on, as the page says, with nothing to upload or test again.
        if (m_options.resumed && page->isComplete()) {
            say(QStringLiteral("STEP Saml proven by an earlier run: not redone"));
            return true;
        }
        // The hand-off files, exported where the admin chose.
        if (!page->certificatePath().startsWith(m_options.exportDir)) {
            if (!m_driver.typeText(QStringLiteral("samlExportFolderEdit"), m_options.exportDir) ||
                !m_driver.click(QStringLiteral("samlExportButton")) ||
                !m_driver.waitFor([&] { return page->certificatePath().startsWith(m_options.exportDir); },
                                  60000))
                return why(QStringLiteral("the files were not exported"));
        }
        if (!m_insightly.uploadCertificate(page->certificatePath(), &m_why))
            return false;

        // The sign-in test, in the embedded browser.
        if (!signInTest(page))
            return false;

        if (!m_insightly.enforceAndEnableScim(&m_why))
            return false;
        auto *confirm = m_driver.find<QCheckBox>(QStringLiteral("samlEnforcedConfirm"));
        if (!confirm)
            return why(QStringLiteral("no Enforce SAML Login confirmation"));
        if (!confirm->isChecked() && !m_driver.click(QStringLiteral("samlEnforcedConfirm")))
            return why(QStringLiteral("could not tick the confirmation"));
        return m_driver.click(QStringLiteral("samlEnforceCheckButton")) ||
               why(QStringLiteral("could not confirm Enforce SAML Login"));
    }

    bool scim()
    {
        auto *page = qobject_cast<ScimPage *>(m_wizard.page(SetupWizard::Scim));
        if (!page)
            return why(QStringLiteral("no SCIM page"));
        if (page->isComplete())
            return true; // saved and started by a former run
        QString endpoint;
        QString token;
        if (!m_insightly.scimCredentials(&endpoint, &token, &m_why))
            return false;
        if (!m_driver.typeText(QStringLiteral("scimUrlEdit"), endpoint) ||
            !m_driver.typeText(QStringLiteral("scimTokenEdit"), token) ||
            !m_driver.click(QStringLiteral("scimTestButton")))
            return why(QStringLiteral("could not start the connection test"));
        if (!m_driver.waitFor([page] { return !page->isBusy() && !page->lastProbeReport().checks.isEmpty(); },
                              kLong))
            return why(QStringLiteral("the connection test did not finish"));
        if (!page->lastProbeReport().allPassed() || !page->lastEntraResult().passed)
            return why(
                QStringLiteral("the connection test failed: %1 %2")
                    .arg(page->lastProbeReport().firstFailure().what, page->lastEntraResult().entraMessage));
        if (!m_driver.click(QStringLiteral("scimSaveButton")) ||
            !m_driver.waitFor([page] { return page->isComplete(); }, kLong))
            return why(QStringLiteral("saving and starting provisioning did not finish"));
        return true;
    }

    bool queued(const QString &principalId, bool doneOnly) const
    {
        for (const SetupState::Assignment &a : m_context.setup().state().assignmentQueue)
            if (a.principalId == principalId && (a.done || !doneOnly))
                return true;
        return false;
    }

    bool assign()
    {
        auto *cancel = m_driver.find<QAbstractButton>(QStringLiteral("assignCancelButton"));
        auto *results = m_driver.find<QListView>(QStringLiteral("assignResultsView"));
        auto *current = m_driver.find<QListWidget>(QStringLiteral("assignCurrentView"));
        if (!cancel || !results || !current)
            return why(QStringLiteral("no Assign page"));
        constexpr int idRole = Qt::UserRole + 1;   // PrincipalSearchModel::IdRole
        constexpr int nameRole = Qt::UserRole + 4; // PrincipalSearchModel::NameRole
        QStringList ids;
        for (const QString &name : m_options.assign) {
            // A queue a former run left is resumed by the page itself: wait until it is idle.
            if (!m_driver.waitFor([cancel] { return !cancel->isEnabled(); }, kLong))
                return why(QStringLiteral("the assignment queue never finished"));
            if (!m_driver.typeText(QStringLiteral("assignSearchEdit"), name))
                return why(QStringLiteral("could not search"));
            QModelIndex found;
            if (!m_driver.waitFor(
                    [&] {
                        for (int row = 0; row < results->model()->rowCount(); ++row) {
                            const QModelIndex index = results->model()->index(row, 0);
                            if (index.data(nameRole).toString() == name) {
                                found = index;
                                return true;
                            }
                        }
                        return false;
                    },
                    60000))
                return why(QStringLiteral("%1 was not found").arg(name));
            const QString id = found.data(idRole).toString();
            ids << id;
            if (queued(id, false))
                continue; // asked for by a former run: the wizard owns it now
            results->scrollTo(found);
            results->selectionModel()->clearSelection();
            QTest::mouseClick(results->viewport(), Qt::LeftButton, Qt::NoModifier,
                              results->visualRect(found).center());
            // The page may still be reading the current assignments (a resumed run): Assign waits for it.
            auto *add = m_driver.find<QAbstractButton>(QStringLiteral("assignAddButton"));
            if (!add || !m_driver.waitFor([add] { return add->isEnabled(); }, kLong) ||
                !m_driver.click(QStringLiteral("assignAddButton")))
                return why(QStringLiteral("could not add %1").arg(name));
            if (!m_driver.waitFor([&] { return queued(id, true) && !cancel->isEnabled(); }, kLong))
                return why(QStringLiteral("%1 was not assigned").arg(name));
        }
        const bool shown = m_driver.waitFor(
            [&] {
                if (cancel->isEnabled())
                    return false;
                QStringList listed;
                for (int i = 0; i < current->count(); ++i)
                    listed << current->item(i)->data(Qt::UserRole + 1).toString();
                for (const QString &id : ids)
                    if (!listed.contains(id))
                        return false;
                return true;
            },
            kLong);
        if (!shown)
            return why(QStringLiteral("the current assignments do not show everyone"));
        // The results list what was searched for last, nothing else (a picture once showed every user
        // under "Sales").
        const QString term = m_options.assign.isEmpty() ? QString() : m_options.assign.constLast();
        const auto onlyMatches = [&] {
            const int rows = results->model()->rowCount();
            for (int row = 0; row < rows; ++row) {
                const QString text = results->model()->index(row, 0).data(Qt::DisplayRole).toString();
                if (!text.contains(term, Qt::CaseInsensitive))
                    return false;
            }
            return rows > 0;
        };
        const bool filtered = term.isEmpty() || m_driver.waitFor(onlyMatches, 60000);
        return filtered || why(QStringLiteral("the search for %1 lists what does not match it").arg(term));
    }

    bool summary()
    {
        auto *page = qobject_cast<SummaryPage *>(m_wizard.page(SetupWizard::Summary));
        auto *refresh = m_driver.find<QAbstractButton>(QStringLiteral("summaryRefreshButton"));
        if (!page || !refresh)
            return why(QStringLiteral("no Summary page"));
        if (!m_driver.waitFor([refresh] { return refresh->isEnabled(); }, kLong))
            return why(QStringLiteral("the status check did not finish"));
        // What the admin keeps: the status report, saved where the file dialog would put it.
        return m_options.reportFile.isEmpty() || page->saveReport(m_options.reportFile) ||
               why(QStringLiteral("the report was not saved"));
    }

    SetupWizard &m_wizard;
    WizardContext &m_context;
    Options m_options;
    WizardDriver m_driver;
    InsightlyAdmin m_insightly;
    QString m_why;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine, created later, needs it set first
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("insightly-sso-setup"));
    QApplication::setOrganizationName(QStringLiteral("Insightly SSO Setup crash test"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption proxy(QStringLiteral("proxy"), QStringLiteral("The simulator's proxy URL."),
                                   QStringLiteral("URL"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("The simulator's CA (PEM)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("The admin's password."),
                                      QStringLiteral("P"));
    const QCommandLineOption signInUrl(
        QStringLiteral("signin-url"), QStringLiteral("Insightly's Sign-in page URL."), QStringLiteral("URL"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
                                    QStringLiteral("The Insightly API key to check."), QStringLiteral("KEY"));
    const QCommandLineOption exportDir(QStringLiteral("export-dir"), QStringLiteral("Where Step 2 exports."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption report(
        QStringLiteral("report"), QStringLiteral("Where to save the status report."), QStringLiteral("FILE"));
    const QCommandLineOption assign(QStringLiteral("assign"),
                                    QStringLiteral("A user or group to assign (repeat)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption mode(
        QStringLiteral("mode"),
        QStringLiteral("The Welcome page's choice: new (default), certificate, scim, "
                       "status."),
        QStringLiteral("MODE"), QStringLiteral("new"));
    const QCommandLineOption resumed(
        QStringLiteral("resumed"),
        QStringLiteral(
            "A run after a kill: a Step 2 the wizard shows proven by an earlier run is not redone."));
    parser.addOptions({proxy, ca, password, signInUrl, apiKey, exportDir, report, assign, mode, resumed});
    parser.process(app);

    // The logs, as the product writes them: through the redaction, into the rotating file.
    insightly::installMessageHandler();

    // The corporate network, as tests set it up: the simulator's proxy and its CA (Chromium trusts the CA
    // through the NSS database of HOME).
    const QUrl proxyUrl(parser.value(proxy));
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, proxyUrl.host(), quint16(proxyUrl.port())));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromPath(parser.value(ca)));
    QSslConfiguration::setDefaultConfiguration(ssl);

    CrashDriver::Options options;
    options.password = parser.value(password);
    options.signInUrl = parser.value(signInUrl);
    options.apiKey = parser.value(apiKey);
    options.exportDir = QDir(parser.value(exportDir)).absolutePath();
    options.reportFile = parser.value(report);
    options.assign = parser.values(assign);
    static const QMap<QString, WizardMode> modes{
        {QStringLiteral("new"), WizardMode::NewSetup},
        {QStringLiteral("certificate"), WizardMode::RotateCertificate},
        {QStringLiteral("scim"), WizardMode::RotateScimToken},
        {QStringLiteral("status"), WizardMode::CheckStatus}};
    if (!modes.contains(parser.value(mode))) {
        say(QStringLiteral("DRIVER FAILED: unknown --mode %1").arg(parser.value(mode)));
        return 3;
    }
    options.mode = modes.value(parser.value(mode));
    options.modeName = parser.value(mode);
    options.resumed = parser.isSet(resumed);

    AppConfig config;
    config.language = qEnvironmentVariable("INSIGHTLY_SCREENSHOT_LANGUAGE");
    if (!config.language.isEmpty())
        insightly::installTranslations(app, config.language);
    WizardContext context{config};
    SetupWizard wizard(context);
    // The screen the window must fit (INSIGHTLY_SCREENSHOT_SIZE, e.g. 1366x768; by default 1280×720 at 125 %,
    // i.e. 1024×576 logical pixels, the smallest the wizard supports), less the frame and a task bar.
    QStringList size = qEnvironmentVariable("INSIGHTLY_SCREENSHOT_SIZE").split(u'x');
    if (size.size() != 2)
        size = QStringList{QStringLiteral("1024"), QStringLiteral("576")};
    wizard.show();
    wizard.resize(size.at(0).toInt(), size.at(1).toInt() - 60);
    wizard.move(0, 0); // the whole window on the screen (it opened centred for its first, smaller size)
    if (!QTest::qWaitForWindowExposed(&wizard)) {
        say(QStringLiteral("DRIVER FAILED: the window did not show"));
        return 3;
    }
    CrashDriver driver(wizard, context, options);
    driver.m_screen = QSize(size.at(0).toInt(), size.at(1).toInt());
    return driver.run();
}
