#include "entra/ErrorTable.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace insightly::entra {

namespace {

bool hasKey(const ErrorTable::Row &row, const QString &key)
{
    if (key.isEmpty())
        return false;
    const QStringList keys = QString::fromLatin1(row.keys).split(u' ', Qt::SkipEmptyParts);
    return keys.contains(key, Qt::CaseInsensitive);
}

QString fill(QString text, const ErrorTable::Placeholders &context)
{
    text.replace(QLatin1String("{consentUrl}"), context.adminConsentUrl.toString());
    text.replace(QLatin1String("{redirectUri}"), context.redirectUri);
    text.replace(QLatin1String("{clientId}"), context.clientId);
    text.replace(QLatin1String("{tenant}"), context.tenant);
    return text;
}

} // namespace

QString ErrorTable::translated(const char *text)
{
    return QCoreApplication::translate("ErrorCatalog", text);
}

UserMessage ErrorTable::message(const Row &row, const QString &code, const Placeholders &context)
{
    UserMessage m;
    m.what = fill(translated(row.what), context);
    m.why = fill(translated(row.why), context);
    m.action = fill(translated(row.action), context);
    m.code = code;
    return m;
}

const ErrorTable::Row *ErrorTable::match(std::span<const Row> rows, const QStringList &codes, int httpStatus,
                                         const QString &message, QString *code)
{
    const auto statusFits = [httpStatus](const ErrorTable::Row &row) {
        return row.httpStatus == 0 || row.httpStatus == httpStatus;
    };
    const auto messageFits = [&message](const ErrorTable::Row &row) {
        return QRegularExpression(QLatin1String(row.messagePattern),
                                  QRegularExpression::CaseInsensitiveOption)
            .match(message)
            .hasMatch();
    };
    const auto first = [rows](auto fits) -> const ErrorTable::Row * {
        const auto it = std::find_if(rows.begin(), rows.end(), fits);
        return it == rows.end() ? nullptr : &*it;
    };
    for (const QString &candidate : codes) {
        const ErrorTable::Row *row = first([&](const ErrorTable::Row &r) {
            return r.messagePattern && hasKey(r, candidate) && statusFits(r) && messageFits(r);
        });
        if (!row)
            row = first([&](const ErrorTable::Row &r) {
                return !r.messagePattern && hasKey(r, candidate) && statusFits(r);
            });
        if (!row)
            row = first([&](const ErrorTable::Row &r) { return !r.messagePattern && hasKey(r, candidate); });
        if (row) {
            if (code)
                *code = candidate;
            return row;
        }
    }
    return first(
        [httpStatus](const ErrorTable::Row &r) { return r.keys[0] == '\0' && r.httpStatus == httpStatus; });
}

} // namespace insightly::entra
