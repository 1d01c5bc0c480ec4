#include "core/SetupChoiceModel.h"

#include <QLocale>

namespace insightly {

SetupChoiceModel::SetupChoiceModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SetupChoiceModel::reload(const SetupStateStore &store)
{
    beginResetModel();
    m_setups = store.catalogue().knownSetups();
    endResetModel();
}

int SetupChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_setups.size()) + 1;
}

SetupKey SetupChoiceModel::setupAt(int row) const
{
    return row >= 1 && row <= m_setups.size() ? m_setups.at(row - 1).key() : SetupKey();
}

int SetupChoiceModel::rowOf(const SetupKey &setup) const
{
    for (qsizetype i = 0; i < m_setups.size(); ++i)
        if (m_setups.at(i).key() == setup)
            return int(i) + 1;
    return 0;
}

QString SetupChoiceModel::progressText(const SetupState &state)
{
    using Step = SetupState::Step;
    if (state.certificateRotation)
        return tr("certificate rotation not finished");
    if (state.lastSignInTest && !state.lastSignInTest->succeeded)
        return tr("last sign-in test failed");
    if (state.isStepCompleted(Step::Assign))
        return tr("set up");
    // The article's four steps: the app, SAML single sign-on, SCIM provisioning, users and groups.
    const int done = int(state.isStepCompleted(Step::App)) + int(state.isStepCompleted(Step::Enforce)) +
                     int(state.isStepCompleted(Step::Scim));
    return tr("step %1 of 4 done").arg(done);
}

QVariant SetupChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("A new setup");
        case Qt::ToolTipRole:
            return tr("Connect another tenant or Insightly instance.");
        case SetupIdRole:
            return QString();
        default:
            return {};
        }
    }
    const SetupCatalogue::SavedSetup &saved = m_setups.at(index.row() - 1);
    const SetupState &state = saved.state;
    const QString tenant = state.tenantDisplayName.isEmpty() ? state.tenantId : state.tenantDisplayName;
    const QString instance =
        state.insightlySignInUrl.host().isEmpty() ? tr("Insightly instance not chosen yet")
        : state.instanceId.isEmpty()
            ? state.insightlySignInUrl.host()
            : tr("%1, instance %2").arg(state.insightlySignInUrl.host(), state.instanceId);
    const QString when = QLocale().toString(saved.savedAt.toLocalTime().date(), QLocale::ShortFormat);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        //: A saved setup in the Welcome page's list: tenant — Insightly instance — progress, date of the last
        //: save
        return tr("%1 — %2 — %3, %4").arg(tenant, instance, progressText(state), when);
    case Qt::ToolTipRole:
        return tr("Tenant ID %1; last saved %2")
            .arg(state.tenantId, QLocale().toString(saved.savedAt.toLocalTime(), QLocale::ShortFormat));
    case SetupIdRole:
        return saved.key().id();
    case TenantRole:
        return state.tenantId;
    case InstanceUrlRole:
        return state.insightlySignInUrl;
    case SavedAtRole:
        return saved.savedAt;
    default:
        return {};
    }
}

} // namespace insightly
