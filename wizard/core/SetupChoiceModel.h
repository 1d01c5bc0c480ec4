#pragma once

#include "core/SetupKey.h"
#include "core/SetupStateStore.h"

#include <QAbstractListModel>
#include <QList>

namespace insightly {

// The setups the wizard knows, as the Welcome page offers them: first "A new setup", then every saved setup
// (tenant, Insightly instance, where it stands and when it was last saved), the most recently saved first.
// Widget-free, so that tests read what the admin is offered without a window.
class SetupChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SetupIdRole = Qt::UserRole + 1, // SetupKey::id(); empty for "A new setup"
        TenantRole,                     // the tenant id
        InstanceUrlRole,                // Insightly's Sign-in page URL (QUrl), when known
        SavedAtRole,                    // QDateTime
    };

    explicit SetupChoiceModel(QObject *parent = nullptr);

    // Reads the store's saved setups again.
    void reload(const SetupStateStore &store);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int setupCount() const { return int(m_setups.size()); }
    SetupKey setupAt(int row) const;        // empty for row 0, "A new setup"
    int rowOf(const SetupKey &setup) const; // 0 when not listed
    // Where a saved setup stands, in a few words: "set up", "step 2 of 4 done", "last sign-in test failed"…
    static QString progressText(const SetupState &state);

private:
    QList<SetupCatalogue::SavedSetup> m_setups;
};

} // namespace insightly
