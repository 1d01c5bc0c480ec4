// TLS fails closed in the embedded browser: the Entra sign-in host and the Insightly host, reached through
// the simulator's proxy (the run's CA trusted by Chromium through the NSS database of the headless session),
// present a certificate from an untrusted CA, an expired one, or one for another name. The browser refuses
// the page with a message naming the host and the problem, and no request reaches the host (request log).
#include "RequestLog.h"
#include "SimFixture.h"

#include "browser/BrowserPage.h"
#include "browser/EmbeddedBrowser.h"
#include "browser/UrlOpener.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace insightly;

namespace {
class NoSystemBrowser : public UrlOpener
{
public:
    bool open(const QUrl &) override { return true; }
};
} // namespace

class TestBrowserTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("INSIGHTLY_SIM_CA_DIR"))
            QSKIP(
                "run through scripts/with-headless-session.sh: Chromium must trust the run's CA to tell the "
                "faults apart");
    }

    void refusedWithTheHostAndTheProblem_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("problem");
        const QString signIn = QStringLiteral("login.microsoftonline.com");
        const QString signInPath = QStringLiteral("/organizations/oauth2/v2.0/authorize");
        const QString insightly = QStringLiteral("crm.na1.insightly.com");
        const QString settings = QStringLiteral("/settings/Saml");
        for (const auto &[host, path] : {std::pair{signIn, signInPath}, std::pair{insightly, settings}}) {
            QTest::addRow("%s untrusted CA", qPrintable(host))
                << host << path << int(sim::TlsFault::UntrustedCa)
                << QStringLiteral("issued by an authority this computer does not trust");
            QTest::addRow("%s expired", qPrintable(host))
                << host << path << int(sim::TlsFault::Expired)
                << QStringLiteral("has expired or is not valid yet");
            QTest::addRow("%s wrong name", qPrintable(host)) << host << path << int(sim::TlsFault::WrongName)
                                                             << QStringLiteral("was issued for another name");
        }
    }

    void refusedWithTheHostAndTheProblem()
    {
        QFETCH(QString, host);
        QFETCH(QString, path);
        QFETCH(int, fault);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        sim::SimOptions options;
        options.requestLog = dir.filePath(QStringLiteral("requests.jsonl"));
        testsupport::SimFixture sim(options);
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        sim.server().setTlsFault(host, sim::TlsFault(fault));

        NoSystemBrowser opener;
        EmbeddedBrowser browser(opener, QStringLiteral("test"));
        browser.resize(600, 400);
        browser.show();
        QSignalSpy rejected(browser.page(), &BrowserPage::certificateRejected);
        QUrl url(QStringLiteral("https://") + host + path);
        browser.load(url);
        QTRY_VERIFY_WITH_TIMEOUT(!rejected.isEmpty(), 60000);
        const QString description = rejected.constFirst().at(1).toString();
        QVERIFY2(description.contains(host) && description.contains(problem), qPrintable(description));
        QTRY_VERIFY_WITH_TIMEOUT(browser.errorText().contains(host), 30000);
        QVERIFY2(browser.errorText().contains(problem), qPrintable(browser.errorText()));
        const QStringList reached = testsupport::loggedUrlsFor(options.requestLog, host);
        QVERIFY2(reached.isEmpty(), qPrintable(reached.join(u' ')));
    }

    // The control: without a fault the same page loads, and the request log names the host.
    void trustedHostLoads()
    {
        QTemporaryDir dir;
        sim::SimOptions options;
        options.requestLog = dir.filePath(QStringLiteral("requests.jsonl"));
        testsupport::SimFixture sim(options);
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        NoSystemBrowser opener;
        EmbeddedBrowser browser(opener, QStringLiteral("test"));
        browser.show();
        QSignalSpy rejected(browser.page(), &BrowserPage::certificateRejected);
        QSignalSpy finished(&browser, &EmbeddedBrowser::loadFinished);
        browser.load(QUrl(QStringLiteral("https://crm.na1.insightly.com/settings/Saml")));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(rejected.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            !testsupport::loggedUrlsFor(options.requestLog, QStringLiteral("crm.na1.insightly.com"))
                 .isEmpty(),
            10000);
    }
};

QTEST_MAIN(TestBrowserTls)
#include "tst_browser_tls.moc"
