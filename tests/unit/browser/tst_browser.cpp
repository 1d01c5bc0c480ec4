// The embedded browser's safety rules, with the real QtWebEngine against pages served on loopback.
#include "browser/BrowserPage.h"
#include "browser/EmbeddedBrowser.h"
#include "browser/LoopbackRedirectListener.h"
#include "browser/UrlOpener.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QWebEngineView>
#include <QtTest>

using namespace insightly;

namespace {

class RecordingOpener : public UrlOpener
{
public:
    using UrlOpener::UrlOpener;
    bool open(const QUrl &url) override
    {
        opened << url;
        return true;
    }
    QList<QUrl> opened;
};

QVariant runJs(QWebEngineView *view, const QString &script)
{
    bool done = false;
    QVariant result;
    view->page()->runJavaScript(script, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("JavaScript did not answer");
    return result;
}

} // namespace

class TestBrowser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_server.route(QStringLiteral("/start"), [this](const QHttpServerRequest &) {
            ++m_hits;
            QHttpServerResponse r(QHttpServerResponse::StatusCode::Found);
            r.setHeader("Location", "http://localhost/?code=the-code&state=the-state");
            return r;
        });
        m_server.route(QStringLiteral("/popup"), [](const QHttpServerRequest &) {
            return QHttpServerResponse("text/html",
                                       "<html><body><a id=l href='https://example.test/help' target='_blank'>help</a>"
                                       "<script>window.open('https://example.test/help', '_blank');</script>"
                                       "</body></html>");
        });
        m_server.route(QStringLiteral("/upload"), QHttpServerRequest::Method::Get, [](const QHttpServerRequest &) {
            return QHttpServerResponse("text/html",
                                       "<html><body style='margin:0'><form method=POST enctype='multipart/form-data' "
                                       "action='/upload'><input id=f type=file name=certificate "
                                       "style='position:absolute;left:10px;top:10px;width:300px;height:40px'>"
                                       "</form></body></html>");
        });
        m_server.route(QStringLiteral("/upload"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &req) {
            m_uploadBody = req.body();
            return QHttpServerResponse("text/html", "<p id=done>uploaded</p>");
        });
        m_server.route(QStringLiteral("/samlpost"), [](const QHttpServerRequest &) {
            return QHttpServerResponse("text/html",
                                       "<html><body><form method=POST action='/acs'>"
                                       "<input type=hidden name=SAMLResponse value='PHNhbWxwOlJlc3BvbnNlLz4+/+=='>"
                                       "</form><script>document.forms[0].submit()</script></body></html>");
        });
        m_server.route(QStringLiteral("/acs"), [this](const QHttpServerRequest &req) {
            m_acsBody = req.body();
            return QHttpServerResponse("text/html", "<p>ok</p>");
        });
        m_port = m_server.listen(QHostAddress::LocalHost);
        QVERIFY(m_port != 0);
    }

    void redirectIsCaughtBeforeItLoads()
    {
        RecordingOpener opener;
        EmbeddedBrowser browser(opener, QStringLiteral("test"));
        browser.resize(800, 600);
        browser.show();
        BrowserPage *page = browser.page();
        page->setRedirectCatcher([](const QUrl &url) {
            return url.host() == QLatin1String("localhost") && url.path() == QLatin1String("/");
        });
        QSignalSpy caught(page, &BrowserPage::redirectCaught);
        browser.load(base(QStringLiteral("/start")));
        QTRY_COMPARE_WITH_TIMEOUT(caught.size(), 1, 30000);
        const QUrl url = caught.at(0).at(0).toUrl();
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("code")), QStringLiteral("the-code"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("state")), QStringLiteral("the-state"));
        QVERIFY(m_hits >= 1);
        // Nothing committed: the view never shows the redirect URI.
        QVERIFY(browser.currentUrl().host() != QLatin1String("localhost"));
    }

    void popupsGoToTheSystemBrowser()
    {
        RecordingOpener opener;
        EmbeddedBrowser browser(opener, QStringLiteral("test"));
        browser.resize(800, 600);
        browser.show();
        browser.page()->settings(); // engine up
        browser.load(base(QStringLiteral("/popup")));
        QTRY_VERIFY_WITH_TIMEOUT(!opener.opened.isEmpty(), 30000);
        QCOMPARE(opener.opened.constFirst(), QUrl(QStringLiteral("https://example.test/help")));
    }

    void certificateErrorsFailClosed()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed: cannot make a self-signed certificate for the test server");
        QTemporaryDir dir;
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                       QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile certFile(dir.filePath(QStringLiteral("cert.pem"))), keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));

        int requests = 0;
        QHttpServer tls;
        tls.route(QStringLiteral("/"), [&requests](const QHttpServerRequest &) {
            ++requests;
            return QHttpServerResponse("text/html", "<p>secret</p>");
        });
        tls.sslSetup(QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Rsa));
        const quint16 port = tls.listen(QHostAddress::LocalHost);
        QVERIFY(port != 0);

        RecordingOpener opener;
        EmbeddedBrowser browser(opener, QStringLiteral("test"));
        browser.show();
        QSignalSpy rejected(browser.page(), &BrowserPage::certificateRejected);
        QSignalSpy finished(&browser, &EmbeddedBrowser::loadFinished);
        browser.load(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(finished.constLast().at(0).toBool(), false);
        QCOMPARE(requests, 0);
        QVERIFY(browser.errorText().contains(QStringLiteral("not secure")));
    }

    void fileChooserIsAnsweredWithThePreselectedFile_data()
    {
        QTest::addColumn<QString>("route");
        QTest::newRow("plain path") << QString();
        // Chromium refuses to upload a file given by a path through ".." or a link (ERR_ACCESS_DENIED).
        QTest::newRow("path through ..") << QStringLiteral("dotdot");
        QTest::newRow("symbolic link") << QStringLiteral("link");
    }

    void fileChooserIsAnsweredWithThePreselectedFile()
    {
        QFETCH(QString, route);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("insightly-saml.cer"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes = "-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n";
        file.write(bytes);
        file.close();
        QString offered = path;
        if (route == QLatin1String("dotdot")) {
            QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
            offered = dir.path() + QStringLiteral("/sub/../insightly-saml.cer");
        } else if (route == QLatin1String("link")) {
            QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("linked")));
            QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("linked/insightly-saml.cer"))));
            offered = dir.filePath(QStringLiteral("linked/insightly-saml.cer"));
        }

        RecordingOpener opener;
        EmbeddedBrowser browser(opener, QStringLiteral("test"));
        browser.resize(800, 600);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        BrowserPage *page = browser.page();
        page->setPreselectedFiles({offered});
        QSignalSpy answered(page, &BrowserPage::fileChooserAnswered);
        QSignalSpy finished(&browser, &EmbeddedBrowser::loadFinished);
        browser.load(base(QStringLiteral("/upload")));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);

        // A person's click on the file input: only a real user gesture opens the chooser.
        QWidget *target = browser.view()->focusProxy();
        QVERIFY(target);
        const QPoint centre(160, 30);
        QTest::mouseMove(target, centre);
        QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, centre);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 20000);
        QCOMPARE(answered.constFirst().at(0).toStringList(), QStringList{QFileInfo(path).canonicalFilePath()});
        QTRY_COMPARE_WITH_TIMEOUT(runJs(browser.view(), QStringLiteral("document.getElementById('f').files.length")).toInt(), 1, 20000);
        runJs(browser.view(), QStringLiteral("document.forms[0].submit()"));
        QTRY_VERIFY_WITH_TIMEOUT(m_uploadBody.contains(bytes), 30000);
        QVERIFY(m_uploadBody.contains("filename=\"insightly-saml.cer\""));
    }

    void postedSamlResponseIsCaptured()
    {
        RecordingOpener opener;
        EmbeddedBrowser browser(opener, QStringLiteral("test"));
        browser.show();
        BrowserPage *page = browser.page();
        page->enableSamlCapture();
        QSignalSpy captured(page, &BrowserPage::samlResponseCaptured);
        m_acsBody.clear();
        browser.load(base(QStringLiteral("/samlpost")));
        QTRY_COMPARE_WITH_TIMEOUT(captured.size(), 1, 30000);
        QCOMPARE(captured.at(0).at(0).toString(), QStringLiteral("PHNhbWxwOlJlc3BvbnNlLz4+/+=="));
        QCOMPARE(captured.at(0).at(1).toUrl().path(), QStringLiteral("/acs"));
        // The POST still reaches the ACS unchanged.
        QTRY_VERIFY_WITH_TIMEOUT(!m_acsBody.isEmpty(), 30000);
        QCOMPARE(m_acsBody, QByteArray("SAMLResponse=PHNhbWxwOlJlc3BvbnNlLz4%2B%2F%2B%3D%3D"));
    }

    void loopbackListenerTakesTheRedirectOnce()
    {
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen());
        const QUrl uri = listener.redirectUri();
        QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        QNetworkAccessManager nam;

        // A stray request without code (favicon) does not end it.
        QNetworkReply *favicon = nam.get(QNetworkRequest(uri.resolved(QUrl(QStringLiteral("/favicon.ico")))));
        QTRY_VERIFY_WITH_TIMEOUT(favicon->isFinished(), 10000);
        QCOMPARE(favicon->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QCOMPARE(received.size(), 0);

        QUrl redirect = uri;
        redirect.setQuery(QStringLiteral("code=abc%2Bdef&state=s1"));
        QNetworkReply *reply = nam.get(QNetworkRequest(redirect));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("close this tab"));
        QCOMPARE(received.size(), 1);
        QCOMPARE(QUrlQuery(received.at(0).at(0).toUrl()).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                 QStringLiteral("abc+def"));

        // One-shot: nothing listens any more.
        QNetworkReply *again = nam.get(QNetworkRequest(redirect));
        QTRY_VERIFY_WITH_TIMEOUT(again->isFinished(), 10000);
        QCOMPARE(again->error(), QNetworkReply::ConnectionRefusedError);
        delete favicon;
        delete reply;
        delete again;
    }

private:
    QUrl base(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }

    QHttpServer m_server;
    quint16 m_port = 0;
    int m_hits = 0;
    QByteArray m_uploadBody;
    QByteArray m_acsBody;
};

QTEST_MAIN(TestBrowser)
#include "tst_browser.moc"
