#include "core/UserMessage.h"

#include "core/SecretRedaction.h"

#include <QStringList>

namespace insightly {

UserMessage makeUserMessage(const char *code, const QString &what, const QString &why, const QString &action,
                            const QString &details)
{
    UserMessage m;
    m.what = what;
    m.why = why;
    m.action = action;
    m.code = QString::fromLatin1(code);
    m.details = details;
    return m;
}

QString UserMessage::toDiagnostics() const
{
    QStringList lines;
    lines << what;
    if (!why.isEmpty())
        lines << why;
    if (!action.isEmpty())
        lines << action;
    if (!code.isEmpty())
        lines << QStringLiteral("code: ") + code;
    if (!requestId.isEmpty())
        lines << QStringLiteral("request-id: ") + requestId;
    if (!details.isEmpty())
        lines << QStringLiteral("details: ") + details;
    // Copied out of the app ("Copy diagnostics", reports): redacted here, so that no caller can forget it.
    return redactSecrets(lines.join(u'\n'));
}

} // namespace insightly
