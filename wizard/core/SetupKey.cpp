#include "core/SetupKey.h"

#include "core/SetupState.h"

#include <QUrlQuery>

namespace insightly {

SetupKey SetupKey::of(const SetupState &state)
{
    return {state.tenantId, state.instanceId};
}

SetupKey SetupKey::fromId(const QString &id)
{
    const qsizetype at = id.indexOf(u'@');
    if (at < 0)
        return {id, {}};
    return {id.left(at), id.mid(at + 1)};
}

QString SetupKey::id() const
{
    // A tenant id or domain never holds an '@' (Entra's tenant names are GUIDs and domains), so the first one
    // separates the two parts.
    return instanceId.isEmpty() ? tenantId.toLower() : tenantId.toLower() + u'@' + instanceId;
}

bool isSetupOfInstance(const SetupState &state, const QUrl &instance)
{
    if (state.insightlySignInUrl.isEmpty())
        return false;
    if (instance.host().isEmpty()) // a bare host name was given
        return state.insightlySignInUrl.host().compare(instance.toString(), Qt::CaseInsensitive) == 0;
    if (state.insightlySignInUrl.host().compare(instance.host(), Qt::CaseInsensitive) != 0)
        return false;
    const QString id = QUrlQuery(instance).queryItemValue(QStringLiteral("instanceId"), QUrl::FullyDecoded);
    return id.isEmpty() || id == state.instanceId;
}

} // namespace insightly
