#pragma once

// The tests of Step 1's "What will change" plan (issue 14) against the simulator: the wizard's saved setup
// names the tenant and the tenant's audit journal starts empty, so that what the step writes and the plan's
// verdict are the journal's only entries.
#include "core/AuditJournal.h"
#include "core/SetupStateStore.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace insightlytest {

// Opens `tenant`'s setup in `setup` (the tenant id saved in it) and removes the tenant's journal.
inline void startWithEmptyJournal(insightly::SetupStateStore &setup, const QString &tenant,
                                  const insightly::AuditJournal &journal)
{
    setup.load(tenant);
    setup.update([&](insightly::SetupState &s) { s.tenantId = tenant; });
    QFile::remove(journal.filePath(tenant));
}

// Empty when the journal says that Step 1 ran and matched its plan: the application created from the gallery
// (a POST) first, the plan's verdict on the app ("matched the plan") last; otherwise what differs.
inline QString stepOneMatchedItsPlan(const QList<insightly::AuditEntry> &entries)
{
    if (entries.size() < 2)
        return QStringLiteral("%1 journal entries, expected the step's writes and the plan's verdict")
            .arg(entries.size());
    QStringList problems;
    if (entries.constFirst().method != QLatin1String("POST"))
        problems << QStringLiteral("first entry: %1, expected POST").arg(entries.constFirst().method);
    const insightly::AuditEntry &last = entries.constLast();
    if (last.method != QLatin1String("plan") || last.object != QLatin1String("app") ||
        last.note != QLatin1String("matched the plan"))
        problems << QStringLiteral("last entry: %1 %2 \"%3\", expected plan app \"matched the plan\"")
                        .arg(last.method, last.object, last.note);
    return problems.join(QStringLiteral("; "));
}

} // namespace insightlytest
