#include "core/RetryAfter.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace insightly {

std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    // An HTTP date in the form every sender must use (IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"), always
    // UTC. Date and time are read apart so that no local-time rule (a daylight-saving gap) can refuse the
    // moment.
    const QStringList parts = QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 6 || parts.at(5) != QLatin1String("GMT"))
        return std::nullopt;
    const QDate date = QLocale::c().toDate(parts.mid(0, 4).join(u' '), QStringLiteral("ddd, dd MMM yyyy"));
    const QTime time = QTime::fromString(parts.at(4), QStringLiteral("hh:mm:ss"));
    const QDateTime when(date, time, Qt::UTC);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(when)));
}

} // namespace insightly
