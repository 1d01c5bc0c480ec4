#include "core/UserMessage.h"

#include <QStringList>

namespace insightly {

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
    return lines.join(u'\n');
}

} // namespace insightly
