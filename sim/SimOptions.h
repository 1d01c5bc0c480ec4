#pragma once

#include <QString>
#include <QtGlobal>

namespace sim {

// Everything the command line (and tests) can set. See README.md, "Running it".
struct SimOptions {
    quint16 port = 0;   // 0 = any free port
    QString stateDir;   // empty = nothing persisted
    QString requestLog; // empty = no log (INSIGHTLY_SIM_REQUEST_LOG also sets it)
    // Where the CA lives (ca.pem + ca.key, reused when present); empty = INSIGHTLY_SIM_CA_DIR, and when that
    // is empty too a per-run CA in a private temporary directory.
    QString caDir;
    int latencyMs = 0;           // added before every answer
    int writeQuota = 0;          // Graph writes allowed per window; 0 = unlimited
    int writeQuotaWindowS = 150; // the window of writeQuota, in seconds
    double faultRate = 0.0;      // share of Graph requests answered 503 / 504 / connection reset
    int replicationDelayMs = 0;  // new directory objects answer 404 for this long
    int tokenLifetimeS = 3600;   // access-token lifetime
    int seedUsers = 25;          // extra seeded directory users besides the two named accounts
    int seedGroups = 5;          // seeded groups
    QString password = QStringLiteral("demo");
    int syncIntervalMs = 3000; // provisioning engine cycle (Entra's is ~40 min; tests want seconds)
    quint32 randomSeed = 0;    // 0 = random; anything else makes faults and ids repeatable
    // In-process tests only: every Graph request whose path matches this regular expression answers
    // failStatus with failCode — a lasting fault on one call, where faultRate hits calls at random.
    QString failGraphPathPattern;
    int failStatus = 403;
    QString failCode = QStringLiteral("Authorization_RequestDenied");
};

// Parses "3000/150" into quota and window. Returns false on malformed input.
bool parseWriteQuota(const QString &text, int *quota, int *windowS);

} // namespace sim
