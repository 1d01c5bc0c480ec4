#pragma once

#include "core/AuditJournal.h"
#include "core/SetupKey.h"
#include "core/SetupState.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QUrl;

namespace insightly {

// The catalogue of the setups saved in one folder (SetupStateStore keeps the current one there): which setups
// exist, which one was used last (the `last-used` marker), finding one by tenant and Insightly instance, and
// forgetting a tenant's. Also owns the folder's naming rule — <tenant>@<instance>.json, <tenant>.json while a
// new setup has no instance yet — and moves a per-tenant file of an earlier version to its setup's name (with
// its journal and the marker) before it lists the folder. A value: cheap to make for a folder, holds no
// state.
class SetupCatalogue
{
public:
    // One saved setup, as the Welcome page lists it.
    struct SavedSetup {
        SetupState state;
        QDateTime savedAt;
        SetupKey key() const { return SetupKey::of(state); }
    };

    // `journalDirectory`: where the setups' audit journals are (they move with a migrated file).
    SetupCatalogue(QString directory, QString journalDirectory);

    QString directory() const { return m_directory; }
    QString filePath(const SetupKey &setup) const; // the file of `setup` in this folder
    // Beside it, <setup file>.assigned: the principals a bulk assignment marked done since that file was last
    // written, one id per line (SetupStateStore::markAssigned). A setup read from the folder has them folded
    // in.
    QString assignedMarksPath(const SetupKey &setup) const;
    // Marks the queued assignments of the principals listed in `marksPath` done in `state`; a last line
    // without its line end (a write cut short by a crash) is ignored. Returns how many entries changed.
    static qsizetype foldAssignedMarks(SetupState &state, const QString &marksPath);

    // Every saved setup, the most recently saved first (files from earlier versions moved to their setup's
    // name first). Unreadable files are left out.
    QList<SavedSetup> knownSetups() const;
    QStringList knownTenants() const; // tenants with a saved setup, lower case, sorted, each once
    QString mostRecentTenant() const; // the tenant whose setup was used last; empty when none
    SetupKey mostRecentSetup() const; // the setup used last; empty when none
    // The most recently saved setup of `tenantId` (any when empty) and `instance` (Sign-in page URL or host;
    // any when empty); empty when none matches or neither is given.
    SetupKey findSetup(const QString &tenantId, const QUrl &instance) const;
    // Deletes every saved setup of `tenantId` (a forgotten tenant). Returns how many files went.
    int removeSetupsOf(const QString &tenantId) const;

    // Marks `setup` as the one used last.
    void rememberLastUsed(const SetupKey &setup) const;
    // An earlier version kept one file per tenant: a setup that knows its instance moves to its own name.
    void migrateTenantFiles() const;

private:
    QString m_directory;
    QString m_journalDirectory;
};

} // namespace insightly
