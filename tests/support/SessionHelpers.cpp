#include "SessionHelpers.h"

#include "entra/SignInSession.h"
#include "entra/TokenClient.h"
#include "pages/WizardContext.h"

#include <QCoro/QCoroTask>
#include <QTest>
#include <QUrlQuery>

namespace testsupport {

bool signInForTests(insightly::WizardContext &context, SimFixture &sim, const QString &upn, QString *error)
{
    auto &session = context.startSession(sim.tenantId());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), upn);
    form.addQueryItem(QStringLiteral("password"), sim.server().options().password);
    form.addQueryItem(QStringLiteral("scope"),
                      QStringLiteral("https://graph.microsoft.com/.default offline_access openid profile"));
    bool done = false;
    insightly::entra::SignInOutcome outcome;
    auto run = [&]() -> QCoro::Task<void> {
        insightly::entra::TokenResponse tokens = co_await session.tokenClient()->requestToken(form);
        outcome = co_await session.adoptTokens(std::move(tokens));
        done = true;
    };
    auto task = run();
    if (!QTest::qWaitFor([&] { return done; }, 60000)) {
        if (error)
            *error = QStringLiteral("sign-in did not finish");
        return false;
    }
    if (!outcome.signedIn && error)
        *error = outcome.error.toDiagnostics();
    if (outcome.signedIn)
        context.setTenant(outcome.preflight.identity.tenantId);
    return outcome.signedIn;
}

} // namespace testsupport
