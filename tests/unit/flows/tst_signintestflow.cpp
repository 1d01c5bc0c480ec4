// SignInTestFlow, Step 2's verdict, fed with plain values as the page's browser would report them: a SAML
// response signed as the simulated Entra signs it (or with another certificate), and where the browser
// landed.
#include "AppsState.h"
#include "Certificates.h"
#include "FlowTestFixture.h"
#include "SamlResponse.h"
#include "flows/SignInTestFlow.h"

#include <QtTest>

using namespace insightly;

class TestSignInTestFlow : public QObject
{
    Q_OBJECT

    struct World {
        FlowTestFixture f;
        std::unique_ptr<SignInTestFlow> flow;
        QUrl signInUrl;
    };

    // A finished Steps 1–2 and a started test (the admin assigned to the app). Returns an error text.
    static QString startTest(World &w)
    {
        if (QString error = w.f.prepareSetup(); !error.isEmpty())
            return error;
        w.flow = std::make_unique<SignInTestFlow>(w.f.flowContext(), w.f.wizard->endpoints());
        w.flow->setConvergencePolicy(FlowTestFixture::quickConvergence());
        const QUrl start = w.f.run(w.flow->start(QString()));
        if (!w.f.finished || start.isEmpty())
            return QStringLiteral("the test did not start");
        if (!start.path().endsWith(w.f.store->state().appId))
            return QStringLiteral("unexpected start URL ") + start.toString();
        w.signInUrl = w.f.store->state().insightlySignInUrl;
        return {};
    }

    // The SAML response the simulated Entra posts for the admin, signed by `signer` (base64, as posted).
    static QByteArray response(World &w, const sim::SigningKeyMaterial &signer)
    {
        sim::SamlAssertionFacts facts;
        facts.tenantId = w.f.sim->tenantId();
        facts.nameId = QStringLiteral("admin@contoso.example");
        facts.email = facts.nameId;
        facts.audience = w.signInUrl.toString();
        facts.recipient = w.signInUrl.toString();
        facts.nowMs = QDateTime::currentMSecsSinceEpoch();
        QString error;
        const QByteArray xml =
            sim::samlResponse(facts, signer, QStringLiteral("_r1"), QStringLiteral("_a1"), &error);
        return xml.toBase64();
    }

    static sim::SigningKeyMaterial activeSigner(World &w)
    {
        const QString active = w.f.store->state().certificateThumbprint;
        for (const auto &sp : w.f.sim->server().world().apps.servicePrincipals)
            for (const sim::SigningKeyMaterial &key : sp.signingKeys)
                if (sim::certificateThumbprint(key.certificateDer).compare(active, Qt::CaseInsensitive) == 0)
                    return key;
        return {};
    }

    static const SamlCheckRow *row(const SignInTestFlow::Verdict &verdict, const QString &id)
    {
        for (const SamlCheckRow &r : verdict.rows)
            if (r.id == id)
                return &r;
        return nullptr;
    }

    static SignInTestFlow::Verdict lastVerdict(const QSignalSpy &spy)
    {
        return spy.isEmpty() ? SignInTestFlow::Verdict{}
                             : spy.last().first().value<SignInTestFlow::Verdict>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<SignInTestFlow::Verdict>();
    }

    void acceptedWhenInsightlyOpens()
    {
        World w;
        QCOMPARE(startTest(w), QString());
        const sim::SigningKeyMaterial signer = activeSigner(w);
        QVERIFY(!signer.certificateDer.isEmpty());
        QSignalSpy verdicts(w.flow.get(), &SignInTestFlow::finished);
        QVERIFY(w.flow->isRunning());
        w.flow->samlCaptured(response(w, signer), QStringLiteral("login.microsoftonline.com"),
                             QDateTime::currentDateTimeUtc());
        QVERIFY(verdicts.isEmpty()); // Insightly has not answered yet
        // Entra's own page reports its load after the post: not Insightly's answer.
        w.flow->pageLoaded(QUrl(QStringLiteral("https://login.microsoftonline.com/x/saml2")), false,
                           QString());
        QVERIFY(verdicts.isEmpty());
        QUrl home = w.signInUrl;
        home.setPath(QStringLiteral("/Home"));
        home.setQuery(QString());
        w.flow->pageLoaded(home, false, QString());
        QCOMPARE(verdicts.size(), 1);
        const SignInTestFlow::Verdict verdict = lastVerdict(verdicts);
        QVERIFY(verdict.passed);
        QVERIFY(std::all_of(verdict.rows.cbegin(), verdict.rows.cend(),
                            [](const SamlCheckRow &r) { return r.passed; }));
        QVERIFY(verdict.status.contains(QStringLiteral("admin@contoso.example")));
        QVERIFY(!w.flow->isRunning());
        const auto saved = w.f.store->state().lastSignInTest;
        QVERIFY(saved && saved->succeeded);
        QVERIFY(w.f.store->state().isStepCompleted(SetupState::Step::SignInTest));

        QSignalSpy enforced(w.flow.get(), &SignInTestFlow::enforced);
        w.flow->confirmEnforced();
        QCOMPARE(enforced.size(), 1);
        QVERIFY(w.f.store->state().isStepCompleted(SetupState::Step::Enforce));
    }

    void refusedByInsightlyDespiteAValidResponse()
    {
        World w;
        QCOMPARE(startTest(w), QString());
        QSignalSpy verdicts(w.flow.get(), &SignInTestFlow::finished);
        QSignalSpy wanted(w.flow.get(), &SignInTestFlow::pageTextWanted);
        // Insightly answered before the capture was reported: the flow judges that page once it has the
        // response.
        w.flow->pageLoaded(w.signInUrl, true, QString());
        QVERIFY(wanted.isEmpty());
        w.flow->samlCaptured(response(w, activeSigner(w)), QStringLiteral("login.microsoftonline.com"),
                             QDateTime::currentDateTimeUtc());
        QCOMPARE(wanted.size(), 1);
        QVERIFY(verdicts.isEmpty());
        w.flow->refusedWithPageText(w.signInUrl, true, QStringLiteral("SAML error — invalid signature"));
        QCOMPARE(verdicts.size(), 1);
        const SignInTestFlow::Verdict verdict = lastVerdict(verdicts);
        QVERIFY(!verdict.passed);
        const SamlCheckRow *landed = row(verdict, QStringLiteral("insightly-signed-in"));
        QVERIFY(landed && !landed->passed);
        QVERIFY(landed->seen.contains(QStringLiteral("invalid signature")));
        // Every check of the response itself passed: the refusal is Insightly's.
        for (const SamlCheckRow &r : verdict.rows)
            if (r.id != QLatin1String("insightly-signed-in"))
                QVERIFY2(r.passed, qPrintable(r.id));
        const auto saved = w.f.store->state().lastSignInTest;
        QVERIFY(saved && !saved->succeeded);
        QVERIFY(!w.f.store->state().isStepCompleted(SetupState::Step::SignInTest));
        w.flow->confirmEnforced(); // refused: nothing to confirm
        QVERIFY(!w.f.store->state().isStepCompleted(SetupState::Step::Enforce));
    }

    void wrongCertificateFails()
    {
        World w;
        QCOMPARE(startTest(w), QString());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const sim::GeneratedCertificate other =
            sim::generateSelfSignedCertificate(QStringLiteral("Not Entra"), now.addDays(-1), now.addYears(1));
        sim::SigningKeyMaterial wrong;
        wrong.certificateDer = other.certificateDer;
        wrong.privateKeyPem = other.privateKeyPem;
        wrong.customKeyIdentifier = sim::certificateThumbprint(other.certificateDer);
        QSignalSpy verdicts(w.flow.get(), &SignInTestFlow::finished);
        w.flow->samlCaptured(response(w, wrong), QStringLiteral("login.microsoftonline.com"), now);
        w.flow->refusedWithPageText(w.signInUrl, false, QString());
        QCOMPARE(verdicts.size(), 1);
        const SignInTestFlow::Verdict verdict = lastVerdict(verdicts);
        QVERIFY(!verdict.passed);
        const auto failedRows = std::count_if(verdict.rows.cbegin(), verdict.rows.cend(),
                                              [](const SamlCheckRow &r) { return !r.passed; });
        QVERIFY2(failedRows >= 2, "the certificate check and the landing both fail");
        const SamlCheckRow *landed = row(verdict, QStringLiteral("insightly-signed-in"));
        QVERIFY(landed && landed->seen.contains(QStringLiteral("SAML sign-in address")));
    }

    void noInsightlyAnswerTimesOut()
    {
        World w;
        QCOMPARE(startTest(w), QString());
        w.flow->setLandingTimeout(std::chrono::milliseconds(50));
        QSignalSpy verdicts(w.flow.get(), &SignInTestFlow::finished);
        w.flow->samlCaptured(response(w, activeSigner(w)), QStringLiteral("login.microsoftonline.com"),
                             QDateTime::currentDateTimeUtc());
        QVERIFY(verdicts.wait(5000));
        QVERIFY(!lastVerdict(verdicts).passed);
    }
};

QTEST_MAIN(TestSignInTestFlow)
#include "tst_signintestflow.moc"
