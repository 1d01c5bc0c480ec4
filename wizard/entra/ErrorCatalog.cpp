#include "entra/ErrorCatalog.h"

#include "entra/ErrorTable.h"

#include <QCoreApplication>

namespace insightly::entra {

UserMessage ErrorCatalog::forTransport(const QString &host, const QString &errorText, bool timedOut,
                                       const QString &requestId)
{
    UserMessage m;
    m.what = host.isEmpty()
                 ? ErrorTable::translated(
                       QT_TRANSLATE_NOOP("ErrorCatalog", "The wizard couldn't reach Microsoft."))
                 : ErrorTable::translated(QT_TRANSLATE_NOOP("ErrorCatalog", "The wizard couldn't reach %1."))
                       .arg(host);
    m.why =
        timedOut
            ? ErrorTable::translated(QT_TRANSLATE_NOOP("ErrorCatalog", "The server didn't answer in time."))
            : ErrorTable::translated(QT_TRANSLATE_NOOP("ErrorCatalog", "The connection failed: %1."))
                  .arg(errorText);
    m.action = ErrorTable::translated(
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check your network connection and proxy settings, then "
                                          "retry."));
    m.code = timedOut ? QStringLiteral("timeout") : QStringLiteral("network");
    m.requestId = requestId;
    m.details = errorText;
    return m;
}

UserMessage ErrorCatalog::cancelled()
{
    UserMessage m;
    m.what = ErrorTable::translated(QT_TRANSLATE_NOOP("ErrorCatalog", "The operation was cancelled."));
    m.code = QStringLiteral("cancelled");
    return m;
}

} // namespace insightly::entra
