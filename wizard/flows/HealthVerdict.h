#pragma once

#include "core/SetupState.h"
#include "flows/StatusRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace insightly {

// What `--check` concludes from the status report's rows: one overall status (the process's exit status) and
// the findings behind it, each with the action that fixes it. Pure functions (no I/O): every rule is tested
// without a tenant. The JSON form is versioned (docs/check-json-schema.md).
struct HealthVerdict {
    Q_DECLARE_TR_FUNCTIONS(HealthVerdict)

public:
    // The values are the exit statuses of `--check`.
    enum class Status { Healthy = 0, Warning = 1, Failing = 2, CannotTell = 3 };

    // The wizard's re-run that fixes a finding (what a click on the notification opens; not in the JSON).
    enum class Remedy {
        StatusPage,        // look at the status page
        RotateCertificate, // the signing certificate expires, has expired, none is active, or Insightly's
                           // differs
        RotateScimToken,   // the SCIM token: too old, not kept here, or Insightly refuses it (quarantine)
    };

    struct Finding {
        QString check; // StatusRow::idKey() of the row, or "session" / "setup" / "scimTokenAge"
        Status status = Status::Warning;
        QString summary;
        QString action; // never empty: every non-healthy finding names what to do
        Remedy remedy = Remedy::StatusPage;
    };

    struct Options {
        int maxScimTokenAgeDays = 0; // > 0: a SCIM token saved longer ago than this is a warning
    };

    static constexpr int kSchemaVersion = 1;
    static constexpr int kWarnDaysLeft = 60; // certificate: a warning below this many days
    static constexpr int kFailDaysLeft = 14; // certificate: failing below this many days

    Status status = Status::Healthy;
    QList<Finding> findings;
    QString tenantId;
    QString tenantName;
    QString instance; // Insightly's Sign-in page URL, when known
    QDateTime checkedAt;
    QList<StatusRow> rows; // the status report's rows (empty when the report could not run)

    int exitCode() const { return int(status); }
    QStringList actions() const;

    // The verdict from the rows of a finished report.
    static HealthVerdict judge(const QList<StatusRow> &rows, const SetupState &state, const Options &options,
                               const QDateTime &now);
    // The verdict when the report could not run (not signed in, no setup found, keychain, network).
    static HealthVerdict cannotTell(const QString &check, const QString &summary, const QString &action);

    static QString statusKey(Status status);  // "healthy", "warning", "failing", "cannotTell"
    static QString statusText(Status status); // translated

    QJsonObject toJson() const;
    QString toTable() const;
    // One or two lines: the status and the first action (notifications, --quiet).
    QString headline() const;
};

} // namespace insightly
