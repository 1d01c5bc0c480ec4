// The Step 2 verdict's one rule for every world: after Entra posted the SAML response to the ACS (the Sign-in
// page URL), Insightly's own host outside the ACS path means signed in; still on the ACS, an HTTP error page,
// or another host means refused.
#include "flows/SignInTestFlow.h"

#include <QtTest>

using insightly::SignInTestFlow;

class TestSignInLanding : public QObject
{
    Q_OBJECT
private slots:
    void landing_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<bool>("httpError");
        QTest::addColumn<bool>("signedIn");
        QTest::newRow("home page") << "https://crm.na1.insightly.com/" << false << true;
        QTest::newRow("dashboard path, other case host")
            << "https://CRM.na1.insightly.com/Home/Dashboard" << false << true;
        QTest::newRow("still on the ACS")
            << "https://crm.na1.insightly.com/user/saml?instanceId=42" << false << false;
        QTest::newRow("ACS with a trailing slash")
            << "https://crm.na1.insightly.com/user/saml/" << false << false;
        QTest::newRow("error page on the instance") << "https://crm.na1.insightly.com/error" << true << false;
        QTest::newRow("ACS error page")
            << "https://crm.na1.insightly.com/user/saml?instanceId=42" << true << false;
        QTest::newRow("another pod") << "https://crm.eu1.insightly.com/" << false << false;
        QTest::newRow("back at Entra") << "https://login.microsoftonline.com/tenant/saml2" << false << false;
        QTest::newRow("plain http") << "http://crm.na1.insightly.com/" << false << false;
    }

    void landing()
    {
        QFETCH(QString, current);
        QFETCH(bool, httpError);
        QFETCH(bool, signedIn);
        const QUrl acs(QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=42"));
        QCOMPARE(SignInTestFlow::landing(acs, QUrl(current), httpError) == SignInTestFlow::Landing::SignedIn,
                 signedIn);
    }

    void startsAtMyApps()
    {
        const QUrl url =
            SignInTestFlow::idpInitiatedSignInUrl(QStringLiteral("app-1"), QStringLiteral("t-1"));
        QCOMPARE(url,
                 QUrl(QStringLiteral("https://launcher.myapps.microsoft.com/api/signin/app-1?tenantId=t-1")));
    }
};

QTEST_GUILESS_MAIN(TestSignInLanding)
#include "tst_signinlanding.moc"
