#include "GraphQuery.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace sim {

namespace {

QString pageSizeError(const QString &value)
{
    return QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and 999 inclusive.")
        .arg(value);
}

} // namespace

bool ODataQuery::hasEventualConsistency(const Request &request)
{
    return request.header("consistencylevel").trimmed().compare("eventual", Qt::CaseInsensitive) == 0;
}

bool ODataQuery::parse(const Request &request, ODataQuery *out, QString *error, QString *errorCode)
{
    auto fail = [&](const QString &code, const QString &message) {
        if (error)
            *error = message;
        if (errorCode)
            *errorCode = code;
        return false;
    };
    ODataQuery q;
    // Graph decodes '+' in a query option as a space (a literal plus must be sent as %2B).
    QList<QPair<QString, QString>> items;
    for (const QByteArray &pair : request.url.query(QUrl::FullyEncoded).toLatin1().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    QSet<QString> seen;
    for (const auto &[rawName, value] : items) {
        const QString name = rawName.toLower();
        if (!name.startsWith(u'$'))
            continue;
        if (seen.contains(name))
            return fail(
                QStringLiteral("BadRequest"),
                QStringLiteral("Query option '%1' was specified more than once, but it must be specified at "
                               "most once.")
                    .arg(rawName));
        seen.insert(name);
        if (name == QLatin1String("$filter")) {
            q.filter = value;
            QString message;
            if (!ODataFilter::compile(value, &message))
                return fail(QStringLiteral("BadRequest"), message);
        } else if (name == QLatin1String("$select")) {
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
                q.select.append(part.trimmed());
            if (q.select.isEmpty())
                return fail(QStringLiteral("BadRequest"),
                            QStringLiteral("Invalid $select clause: the list is empty."));
        } else if (name == QLatin1String("$search")) {
            q.search = value;
        } else if (name == QLatin1String("$top")) {
            bool ok = false;
            q.top = value.toInt(&ok);
            if (!ok || q.top < 1 || q.top > 999)
                return fail(QStringLiteral("Request_BadRequest"), pageSizeError(value));
        } else if (name == QLatin1String("$count")) {
            if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                q.count = true;
            else if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
                return fail(QStringLiteral("BadRequest"),
                            QStringLiteral("'%1' is not a valid count option.").arg(value));
        } else if (name == QLatin1String("$orderby")) {
            q.orderBy = value;
            const QStringList parts = value.simplified().split(u' ');
            if (parts.size() > 2 || parts.constFirst().isEmpty() ||
                (parts.size() == 2 && parts.at(1) != QLatin1String("asc") &&
                 parts.at(1) != QLatin1String("desc")))
                return fail(
                    QStringLiteral("BadRequest"),
                    QStringLiteral("Syntax error at position %1 in '%2'.").arg(value.size()).arg(value));
            q.orderByProperty = parts.constFirst();
            q.orderDescending = parts.size() == 2 && parts.at(1) == QLatin1String("desc");
        } else if (name == QLatin1String("$skiptoken")) {
            q.skipToken = value;
            q.skip = decodeSkipToken(value);
            if (q.skip < 0)
                return fail(
                    QStringLiteral("Directory_ExpiredPageToken"),
                    QStringLiteral("The specified page token value has expired and can no longer be included "
                                   "in your request."));
        } else if (name == QLatin1String("$expand")) {
            q.expand = value;
        } else if (name == QLatin1String("$skip") || name == QLatin1String("$format")) {
            return fail(
                QStringLiteral("Request_UnsupportedQuery"),
                QStringLiteral("The query specified in the URI is not valid. Query option '%1' is not "
                               "supported on this resource.")
                    .arg(rawName.mid(1)));
        } else {
            return fail(QStringLiteral("BadRequest"),
                        QStringLiteral("The query parameter '%1' is not supported.").arg(rawName));
        }
    }
    *out = q;
    return true;
}

// ---------------------------------------------------------------------------------------------------------

bool ODataSearch::parse(const QString &value, ODataSearch *out, QString *error)
{
    static const QRegularExpression clause(
        QStringLiteral("^\\s*\"([A-Za-z]+):([^\"]*)\"\\s*(?:(AND|OR)\\s+|$)"));
    ODataSearch search;
    QString rest = value;
    QString joiner;
    while (!rest.trimmed().isEmpty()) {
        const QRegularExpressionMatch m = clause.match(rest);
        if (!m.hasMatch() || m.captured(2).trimmed().isEmpty()) {
            *error = QStringLiteral("Syntax error: the $search value %1 is not in the format "
                                    "\"property:value\" [AND|OR \"property:value\"].")
                         .arg(value);
            return false;
        }
        search.m_clauses.append({m.captured(1), m.captured(2).trimmed()});
        if (!m.captured(3).isEmpty()) {
            if (!joiner.isEmpty() && joiner != m.captured(3)) {
                *error = QStringLiteral("Mixing AND and OR in $search is not supported.");
                return false;
            }
            joiner = m.captured(3);
        }
        rest = rest.mid(m.capturedLength(0));
        if (!m.captured(3).isEmpty() && rest.trimmed().isEmpty()) {
            *error = QStringLiteral("Syntax error: the $search value %1 ends with %2.").arg(value, joiner);
            return false;
        }
    }
    if (search.m_clauses.isEmpty()) {
        *error = QStringLiteral("The $search value is empty.");
        return false;
    }
    search.m_or = joiner == QLatin1String("OR");
    *out = search;
    return true;
}

bool ODataSearch::tokenStartsWith(const QString &text, const QString &term)
{
    // Graph tokenizes displayName and description on spaces, punctuation and case changes (lower to upper).
    if (term.isEmpty())
        return true;
    const char32_t first = QChar::toCaseFolded(term.at(0).unicode());
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        if (QChar::toCaseFolded(text.at(i).unicode()) != first)
            continue;
        if (isWordStart(text, i) && QStringView(text).mid(i).startsWith(term, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ODataSearch::isWordStart(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    return c.isLetterOrNumber() &&
           (i == 0 || !text.at(i - 1).isLetterOrNumber() || (c.isUpper() && text.at(i - 1).isLower()));
}

bool ODataSearch::matches(const ODataValueLookup &lookup) const
{
    for (const Clause &c : m_clauses) {
        const QString value = lookup(c.property).toString();
        const bool tokenized =
            c.property == QLatin1String("displayName") || c.property == QLatin1String("description");
        const bool hit =
            tokenized ? tokenStartsWith(value, c.term) : value.startsWith(c.term, Qt::CaseInsensitive);
        if (hit && m_or)
            return true;
        if (!hit && !m_or)
            return false;
    }
    return !m_or;
}

// ---------------------------------------------------------------------------------------------------------

QJsonObject applySelect(const QJsonObject &object, const QStringList &select)
{
    if (select.isEmpty())
        return object;
    QJsonObject out;
    if (object.contains(QStringLiteral("@odata.type")))
        out.insert(QStringLiteral("@odata.type"), object.value(QStringLiteral("@odata.type")));
    out.insert(QStringLiteral("id"), object.value(QStringLiteral("id")));
    for (const QString &name : select)
        out.insert(name, object.contains(name) ? object.value(name) : QJsonValue(QJsonValue::Null));
    return out;
}

bool validateSelect(const QStringList &select, const QStringList &known, const QString &typeName,
                    QString *error)
{
    for (const QString &name : select) {
        if (!known.contains(name, Qt::CaseSensitive)) {
            if (error)
                *error =
                    QStringLiteral("Could not find a property named '%1' on type '%2'.").arg(name, typeName);
            return false;
        }
    }
    return true;
}

void sortItems(QVector<QJsonObject> &items, const ODataQuery &query)
{
    if (query.orderByProperty.isEmpty())
        return;
    const QString key = query.orderByProperty;
    const bool desc = query.orderDescending;
    std::stable_sort(items.begin(), items.end(), [&](const QJsonObject &x, const QJsonObject &y) {
        const int c = x.value(key).toString().compare(y.value(key).toString(), Qt::CaseInsensitive);
        return desc ? c > 0 : c < 0;
    });
}

QString graphBaseUrl(const Request &request)
{
    return request.origin() + QStringLiteral("/v1.0");
}

QString encodeSkipToken(int offset)
{
    // Opaque to clients, as Graph's are; the "RFNwdAI" prefix mimics the look of a real one.
    const QByteArray raw = "sim-page:" + QByteArray::number(offset);
    return QStringLiteral("RFNwdAI") +
           QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

int decodeSkipToken(const QString &token)
{
    if (!token.startsWith(QLatin1String("RFNwdAI")))
        return -1;
    const auto decoded = QByteArray::fromBase64Encoding(
        token.mid(7).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("sim-page:"))
        return -1;
    bool ok = false;
    const int offset = decoded.decoded.mid(9).toInt(&ok);
    return ok && offset >= 0 ? offset : -1;
}

QJsonObject collectionPage(const Request &request, const ODataQuery &query, const QString &context, int total,
                           const std::function<QJsonObject(int)> &makeItem, int defaultPageSize,
                           int maxPageSize)
{
    const int pageSize = qBound(1, query.top > 0 ? query.top : defaultPageSize, maxPageSize);
    const int start = qBound(0, query.skip, total);
    const int end = qMin(total, start + pageSize);
    QJsonArray value;
    for (int i = start; i < end; ++i)
        value.append(applySelect(makeItem(i), query.select));

    QString contextUrl = context;
    if (!context.startsWith(QLatin1String("http"))) {
        contextUrl = graphBaseUrl(request) + QStringLiteral("/$metadata#") + context;
        if (!query.select.isEmpty())
            contextUrl += u'(' + query.select.join(u',') + u')';
    }
    QJsonObject page{{QStringLiteral("@odata.context"), contextUrl}};
    if (query.count)
        page.insert(QStringLiteral("@odata.count"), total);
    if (end < total) {
        QUrlQuery next(request.url);
        next.removeAllQueryItems(QStringLiteral("$skiptoken"));
        next.removeAllQueryItems(QStringLiteral("$skipToken"));
        next.addQueryItem(QStringLiteral("$skiptoken"), encodeSkipToken(end));
        QUrl url(graphBaseUrl(request));
        url.setPath(request.url.path(QUrl::FullyEncoded), QUrl::TolerantMode);
        url.setQuery(next);
        page.insert(QStringLiteral("@odata.nextLink"), QString::fromUtf8(url.toEncoded()));
    }
    page.insert(QStringLiteral("value"), value);
    return page;
}

QJsonObject collectionPage(const Request &request, const ODataQuery &query, const QString &context,
                           const QVector<QJsonObject> &items, int defaultPageSize, int maxPageSize)
{
    return collectionPage(
        request, query, context, int(items.size()), [&items](int i) { return items.at(i); }, defaultPageSize,
        maxPageSize);
}

} // namespace sim
