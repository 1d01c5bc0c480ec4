// The first-time setup (Steps 1–4) sends no more sequential Graph round trips than the bound below: the
// chain bench_setup_path measured with the product's policies (tests/bench/notes/setup_path.md), against a
// minimum of 19 that the dependencies between the calls allow. The world and the policies are the
// benchmark's scaled down ten times (replication 2 s instead of 20 s, first pause 200 ms instead of 2 s…), so
// the same looks happen in a tenth of the time. A count, never a time: a look more or less from the machine's
// load is what the margin of one per wait is for.
#include "SetupPathRun.h"

#include <QStandardPaths>
#include <QTest>

using namespace insightly;
using namespace insightly::entra;
using insightlytest::StepFigures;

namespace {

// bench_setup_path reaches 22 (87, then 27 before; the goal is 1.25 × the minimum of 19 = 23), and so does this
// test. The bound is the goal: its one round trip above 22 is the margin for the one race left — Step 2's SAML
// mode PATCH reaching Entra just after the new certificate, so that the Identifier is refused once.
constexpr int kMinimum = 19;
constexpr int kBound = 23;

} // namespace

class TestSetupRoundTrips : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void firstTimeSetupStaysWithinTheBound();
};

void TestSetupRoundTrips::firstTimeSetupStaysWithinTheBound()
{
    constexpr int assignUsers = 20;
    sim::SimOptions options = insightlytest::options();
    options.seedUsers = assignUsers + 10;
    options.latencyMs = 10;
    options.replicationDelayMs = 2000;
    SetupStepsFixture f(options);
    insightlytest::addDirectoryUsers(f.sim->server());
    QCOMPARE(f.start(), QString());
    // The product's policies, every interval a tenth.
    RetryPolicy retries;
    retries.initialBackoff /= 10;
    retries.maxBackoff /= 10;
    retries.consistencyInitial /= 10;
    retries.consistencyMax /= 10;
    retries.consistencyBudget /= 10;
    f.graph()->setRetryPolicy(retries);
    OperationContext context = f.context();
    ConvergencePolicy convergence;
    convergence.pollInterval /= 10;
    convergence.hostNameRetryInitial /= 10;
    convergence.timeout /= 10;
    convergence.hostNameRetryBudget /= 10;
    convergence.savedAppGrace /= 10;
    convergence.landedGrace /= 10;
    context.convergence = convergence;

    QList<StepFigures> steps;
    insightlytest::runFirstTimeSetup(f, context, assignUsers, &steps);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(steps.size(), 4);
    int total = 0;
    QString chain;
    for (const StepFigures &s : std::as_const(steps)) {
        total += s.sequential;
        chain += QStringLiteral("%1: %2; ").arg(s.name).arg(s.sequential);
    }
    qInfo().noquote() << "sequential round trips:" << chain << "all:" << total << "minimum:" << kMinimum;
    QVERIFY2(total >= kMinimum, qPrintable(chain)); // fewer than the dependencies allow: a step was skipped
    QVERIFY2(total <= kBound, qPrintable(chain));
}

QTEST_MAIN(TestSetupRoundTrips)
#include "tst_setup_round_trips.moc"
