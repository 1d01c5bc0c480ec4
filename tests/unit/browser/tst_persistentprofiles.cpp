// One Insightly session for the whole wizard: every embedded Insightly view shares the instance's persistent
// profile (cookies kept between views and on disk, in an owner-only folder named after the instance's host);
// the Entra sign-in's browser keeps its private, off-the-record profile and never sees those cookies. The
// real QtWebEngine against a page served on loopback that sets a session cookie and echoes the cookies it
// gets.
#include "browser/EmbeddedBrowser.h"
#include "browser/PersistentProfiles.h"
#include "browser/UrlOpener.h"
#include "core/AppConfig.h"
#include "pages/InsightlyTab.h"
#include "pages/WizardContext.h"

#include <QDir>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <QtTest>

using namespace insightly;

namespace {

QString bodyText(EmbeddedBrowser &browser)
{
    bool done = false;
    QString text;
    browser.page()->runJavaScript(QStringLiteral("document.body ? document.body.innerText : ''"),
                                  [&](const QVariant &v) {
                                      text = v.toString();
                                      done = true;
                                  });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("JavaScript did not answer");
    return text;
}

// Chromium writes its cookie database on its own schedule (on close, or every 30 s) and a profile reads it when
// it starts: the cookie's name is stored in clear, so "on disk" is the name in the database file.
bool cookieOnDisk(const QString &storagePath, const QByteArray &name)
{
    QFile file(QDir(storagePath).filePath(QStringLiteral("Cookies")));
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(name);
}

bool loadAndWait(EmbeddedBrowser &browser, const QUrl &url)
{
    QSignalSpy finished(&browser, &EmbeddedBrowser::loadFinished);
    browser.load(url);
    return finished.wait(30000) && finished.constFirst().constFirst().toBool();
}

} // namespace

class TestPersistentProfiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server.route(QStringLiteral("/signin"), [](const QHttpServerRequest &) {
            QHttpServerResponse r("text/html", "<p>signed in</p>");
            r.setHeader("Set-Cookie", "session=insightly-admin; Path=/; HttpOnly"); // a session cookie
            return r;
        });
        m_server.route(QStringLiteral("/whoami"), [](const QHttpServerRequest &req) {
            QByteArray cookies;
            for (const auto &header : req.headers())
                if (header.first.compare("cookie", Qt::CaseInsensitive) == 0)
                    cookies = header.second;
            return QHttpServerResponse("text/plain", "cookies:[" + cookies + "]");
        });
        m_port = m_server.listen(QHostAddress::LocalHost);
        QVERIFY(m_port != 0);
    }

    void insightlyViewsShareOneSessionAndEntraDoesNot()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        UrlOpener opener;
        QString storagePath;
        {
            PersistentProfiles profiles(dir.filePath(QStringLiteral("browser")));
            QCOMPARE(profiles.count(), 0); // nothing before first use
            QWebEngineProfile *insightly =
                profiles.profile(QStringLiteral("insightly-crm.na1.insightly.com"));
            storagePath = insightly->persistentStoragePath();
            QCOMPARE(profiles.profile(QStringLiteral("insightly-crm.na1.insightly.com")), insightly);
            QVERIFY(!insightly->isOffTheRecord());
            QCOMPARE(insightly->persistentCookiesPolicy(), QWebEngineProfile::ForcePersistentCookies);
            QVERIFY(insightly->persistentStoragePath().startsWith(dir.filePath(QStringLiteral("browser"))));
            QVERIFY(insightly->persistentStoragePath().contains(QStringLiteral("crm.na1.insightly.com")));
#ifdef Q_OS_UNIX
            const QFileInfo folder(insightly->persistentStoragePath());
            QCOMPARE(folder.permissions() &
                         (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                          QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                     QFileDevice::Permissions());
#endif
            {
                EmbeddedBrowser first(opener, QStringLiteral("first"));
                EmbeddedBrowser second(opener, QStringLiteral("second"));
                EmbeddedBrowser entra(opener, QStringLiteral("entra")); // private profile, as the sign-in's
                first.setSharedProfile(insightly);
                second.setSharedProfile(insightly);
                for (EmbeddedBrowser *b : {&first, &second, &entra}) {
                    b->resize(640, 480);
                    b->show();
                }
                QVERIFY(loadAndWait(first, url(QStringLiteral("/signin"))));
                QVERIFY(loadAndWait(second, url(QStringLiteral("/whoami"))));
                QCOMPARE(bodyText(second), QStringLiteral("cookies:[session=insightly-admin]"));
                QVERIFY(loadAndWait(entra, url(QStringLiteral("/whoami"))));
                QCOMPARE(bodyText(entra), QStringLiteral("cookies:[]"));
                QVERIFY(entra.page()->profile() != insightly);
                QVERIFY(entra.page()->profile()->isOffTheRecord());
            }
        }
        // The next run: a new profile object over the same folder still holds the session — once the first
        // run's cookie has reached the disk, as it has when a process ends.
        QTRY_VERIFY_WITH_TIMEOUT(cookieOnDisk(storagePath, QByteArrayLiteral("session")), 90000);
        {
            PersistentProfiles profiles(dir.filePath(QStringLiteral("browser")));
            EmbeddedBrowser again(opener, QStringLiteral("again"));
            again.setSharedProfile(profiles.profile(QStringLiteral("insightly-crm.na1.insightly.com")));
            again.resize(640, 480);
            again.show();
            QVERIFY(loadAndWait(again, url(QStringLiteral("/whoami"))));
            QCOMPARE(bodyText(again), QStringLiteral("cookies:[session=insightly-admin]"));
        }
    }

    void theWizardsInsightlyTabUsesTheInstanceProfile()
    {
        AppConfig config;
        WizardContext context(config);
        QTemporaryDir dir;
        context.setBrowserProfileFolder(dir.path());
        QWebEngineProfile *na1 = context.insightlyProfile(QStringLiteral("crm.na1.insightly.com"));
        QCOMPARE(context.insightlyProfile(QStringLiteral("CRM.na1.insightly.com")), na1);
        QVERIFY(context.insightlyProfile(QStringLiteral("crm.eu1.insightly.com")) != na1); // per instance
        {
            InsightlyTab tab(context);
            tab.setInstance(InsightlyInstance::forPod(QStringLiteral("na1")));
            QCOMPARE(tab.browser()->sharedProfile(), na1);
            QCOMPARE(tab.browser()->page()->profile(), na1);
            tab.setInstance(InsightlyInstance::forPod(QStringLiteral("eu1")));
            QCOMPARE(tab.browser()->page()->profile(),
                     context.insightlyProfile(QStringLiteral("crm.eu1.insightly.com")));
        }
    }

private:
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    QHttpServer m_server;
    quint16 m_port = 0;
};

QTEST_MAIN(TestPersistentProfiles)
#include "tst_persistentprofiles.moc"
