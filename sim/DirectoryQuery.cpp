#include "DirectoryQuery.h"

#include "DirectoryObjects.h"
#include "SimServer.h"

#include <algorithm>
#include <iterator>

namespace sim {

namespace {

// What Graph lets a client filter, search and sort on without (and with) advanced queries.
const QStringList userFilterable{
    QStringLiteral("id"),           QStringLiteral("displayName"),       QStringLiteral("givenName"),
    QStringLiteral("surname"),      QStringLiteral("userPrincipalName"), QStringLiteral("mail"),
    QStringLiteral("jobTitle"),     QStringLiteral("department"),        QStringLiteral("accountEnabled"),
    QStringLiteral("mailNickname"), QStringLiteral("userType"),          QStringLiteral("proxyAddresses"),
    QStringLiteral("identities"),   QStringLiteral("otherMails"),        QStringLiteral("createdDateTime"),
    QStringLiteral("usageLocation")};
const QStringList groupFilterable{
    QStringLiteral("id"),           QStringLiteral("displayName"),       QStringLiteral("mail"),
    QStringLiteral("mailNickname"), QStringLiteral("mailEnabled"),       QStringLiteral("securityEnabled"),
    QStringLiteral("groupTypes"),   QStringLiteral("proxyAddresses"),    QStringLiteral("createdDateTime"),
    QStringLiteral("description"),  QStringLiteral("isAssignableToRole")};
const QStringList userSearchable{QStringLiteral("displayName"),       QStringLiteral("givenName"),
                                 QStringLiteral("surname"),           QStringLiteral("mail"),
                                 QStringLiteral("userPrincipalName"), QStringLiteral("mailNickname"),
                                 QStringLiteral("jobTitle"),          QStringLiteral("department"),
                                 QStringLiteral("otherMails"),        QStringLiteral("proxyAddresses")};
const QStringList groupSearchable{QStringLiteral("displayName"), QStringLiteral("description"),
                                  QStringLiteral("mail"), QStringLiteral("mailNickname"),
                                  QStringLiteral("proxyAddresses")};
const QStringList sortableBasic{QStringLiteral("displayName"), QStringLiteral("userPrincipalName")};

using UserField = QString DirectoryUser::*;

// The user properties kept as plain strings (the rest go through userProperty()).
UserField userStringField(const QString &name)
{
    if (name == QLatin1String("displayName"))
        return &DirectoryUser::displayName;
    if (name == QLatin1String("mail"))
        return &DirectoryUser::mail;
    if (name == QLatin1String("userPrincipalName"))
        return &DirectoryUser::userPrincipalName;
    if (name == QLatin1String("givenName"))
        return &DirectoryUser::givenName;
    if (name == QLatin1String("surname"))
        return &DirectoryUser::surname;
    if (name == QLatin1String("jobTitle"))
        return &DirectoryUser::jobTitle;
    if (name == QLatin1String("department"))
        return &DirectoryUser::department;
    if (name == QLatin1String("id"))
        return &DirectoryUser::id;
    return nullptr;
}

QJsonValue lookupPath(const QString &path, const std::function<QJsonValue(const QString &)> &property)
{
    const qsizetype slash = path.indexOf(u'/');
    if (slash < 0)
        return property(path);
    QJsonValue v = property(path.left(slash));
    for (const QString &segment : path.mid(slash + 1).split(u'/'))
        v = v.toObject().value(segment);
    return v;
}

} // namespace

std::optional<DirectoryQuery> DirectoryQuery::prepare(const SimServer &server, const Request &request,
                                                      Kind kind, Response *failure)
{
    const bool users = kind == Kind::Users;
    const QString typeName =
        users ? QStringLiteral("microsoft.graph.user") : QStringLiteral("microsoft.graph.group");
    const QString resource = users ? QStringLiteral("User") : QStringLiteral("Group");
    const QStringList &known = users ? userPropertyNames() : groupPropertyNames();
    auto fail = [&](int status, const QString &code, const QString &message) {
        *failure = server.graphError(status, code, message, request);
        return std::nullopt;
    };

    DirectoryQuery q;
    q.m_kind = kind;
    QString error, code;
    if (!ODataQuery::parse(request, &q.m_query, &error, &code))
        return fail(400, code, error);
    if (!q.m_query.expand.isEmpty())
        return fail(
            400, QStringLiteral("Request_UnsupportedQuery"),
            QStringLiteral("The simulator does not support $expand on %1 collections.").arg(resource));
    const bool eventual = ODataQuery::hasEventualConsistency(request);
    const bool advanced = eventual && q.m_query.count;
    if (!q.m_query.search.isEmpty() && !eventual)
        return fail(
            400, QStringLiteral("Request_UnsupportedQuery"),
            QStringLiteral("Request with $search query parameter only works through MSGraph with a special "
                           "request header: 'ConsistencyLevel: eventual'"));
    if (q.m_query.count && !eventual)
        return fail(
            400, QStringLiteral("Request_UnsupportedQuery"),
            QStringLiteral("$count is only supported with the request header 'ConsistencyLevel: eventual'."));
    if (!validateSelect(q.m_query.select, known, typeName, &error))
        return fail(400, QStringLiteral("BadRequest"), error);

    if (!q.m_query.filter.isEmpty()) {
        q.m_filter = ODataFilter::compile(q.m_query.filter, &error);
        for (const QString &path : q.m_filter->properties()) {
            const QString root = path.section(u'/', 0, 0);
            if (!known.contains(root))
                return fail(
                    400, QStringLiteral("BadRequest"),
                    QStringLiteral("Could not find a property named '%1' on type '%2'.").arg(root, typeName));
            if (!(users ? userFilterable : groupFilterable).contains(root))
                return fail(400, QStringLiteral("Request_UnsupportedQuery"),
                            QStringLiteral(
                                "Unsupported or invalid query filter clause specified for property '%1' of "
                                "resource '%2'.")
                                .arg(root, resource));
        }
        const QStringList functions = q.m_filter->functions();
        if (functions.contains(QStringLiteral("contains")))
            return fail(400, QStringLiteral("Request_UnsupportedQuery"),
                        QStringLiteral("Unsupported Query."));
        if (functions.contains(QStringLiteral("endswith")) && !advanced)
            return fail(400, QStringLiteral("Request_UnsupportedQuery"),
                        QStringLiteral(
                            "Operator 'endsWith' is not supported because the required parameters might be "
                            "missing. Try adding $count with a value of true and the ConsistencyLevel header "
                            "with a value of eventual."));
    }

    if (!q.m_query.orderByProperty.isEmpty()) {
        const QString property = q.m_query.orderByProperty;
        if (!known.contains(property))
            return fail(
                400, QStringLiteral("BadRequest"),
                QStringLiteral("Could not find a property named '%1' on type '%2'.").arg(property, typeName));
        const bool sortable = sortableBasic.contains(property) ||
                              (advanced && (users ? userFilterable : groupFilterable).contains(property));
        if (!sortable || (!q.m_query.filter.isEmpty() && !advanced))
            return fail(400, QStringLiteral("Request_UnsupportedQuery"),
                        QStringLiteral("Sorting not supported for current query."));
    }

    if (!q.m_query.search.isEmpty()) {
        ODataSearch search;
        if (!ODataSearch::parse(q.m_query.search, &search, &error))
            return fail(400, QStringLiteral("BadRequest"), error);
        for (const ODataSearch::Clause &clause : search.clauses())
            if (!(users ? userSearchable : groupSearchable).contains(clause.property))
                return fail(400, QStringLiteral("Request_UnsupportedQuery"),
                            QStringLiteral("Search on property '%1' of resource '%2' is not supported.")
                                .arg(clause.property, resource));
        q.m_search = search;
    }
    return q;
}

std::optional<QVector<int>> DirectoryQuery::indexedCandidates(const DirectoryState &dir) const
{
    const DirectoryIndex::Kind kind =
        m_kind == Kind::Users ? DirectoryIndex::Kind::Users : DirectoryIndex::Kind::Groups;
    struct Term {
        QString property;
        QString value;
        DirectoryIndex::Match match;
    };
    auto lookup = [&](const Term &t) { return dir.index.lookup(dir, kind, t.property, t.value, t.match); };
    auto unite = [&](const QList<Term> &terms) -> std::optional<QVector<int>> {
        QVector<int> all;
        for (const Term &t : terms) {
            if (!DirectoryIndex::indexed(kind, t.property))
                return std::nullopt;
            all += lookup(t);
        }
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        return all;
    };
    auto intersect = [](std::optional<QVector<int>> a, const std::optional<QVector<int>> &b) {
        if (!a || !b)
            return a ? a : b;
        QVector<int> both;
        std::set_intersection(a->cbegin(), a->cend(), b->cbegin(), b->cend(), std::back_inserter(both));
        return std::optional<QVector<int>>(both);
    };

    std::optional<QVector<int>> result;
    if (m_search) {
        // As ODataSearch::matches(): displayName and description are tokenized, the rest match from the
        // start.
        QList<Term> terms;
        for (const ODataSearch::Clause &c : m_search->clauses()) {
            const bool words =
                c.property == QLatin1String("displayName") || c.property == QLatin1String("description");
            terms.append({c.property, c.term,
                          words ? DirectoryIndex::Match::WordPrefix : DirectoryIndex::Match::Prefix});
        }
        if (m_search->isOr()) {
            result = unite(terms);
        } else {
            for (const Term &t : terms)
                if (DirectoryIndex::indexed(kind, t.property))
                    result = intersect(result, lookup(t));
        }
    }
    if (m_filter) {
        if (const std::optional<ODataNarrowing> narrowing = m_filter->narrowing()) {
            QList<Term> terms;
            for (const ODataNarrowing::Term &t : narrowing->anyOf)
                terms.append({t.property, t.value,
                              t.prefix ? DirectoryIndex::Match::Prefix : DirectoryIndex::Match::Equal});
            result = intersect(result, unite(terms));
        }
    }
    return result;
}

QVector<int> DirectoryQuery::scan(const SimServer &server, const QVector<int> *candidates) const
{
    const DirectoryState &dir = server.world().directory;
    const bool users = m_kind == Kind::Users;
    const int total = int(users ? dir.users.size() : dir.groups.size());

    // One lookup for the whole scan, pointed at the object under test: this loop runs 50,000 times.
    const DirectoryUser *currentUser = nullptr;
    const DirectoryGroup *currentGroup = nullptr;
    const ODataValueLookup lookup = [&](const QString &path) {
        if (currentUser) {
            if (const UserField field = userStringField(path)) {
                const QString &value = currentUser->*field;
                return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
            }
            return lookupPath(path, [&](const QString &name) { return userProperty(*currentUser, name); });
        }
        return lookupPath(path, [&](const QString &name) { return groupProperty(*currentGroup, name); });
    };
    // $search on users reads plain string fields directly when it can.
    struct FastClause {
        UserField field;
        QString term;
        bool tokenized;
    };
    QVector<FastClause> fastSearch;
    if (users && m_search) {
        for (const ODataSearch::Clause &c : m_search->clauses()) {
            const UserField field = userStringField(c.property);
            if (!field) {
                fastSearch.clear();
                break;
            }
            fastSearch.append({field, c.term, c.property == QLatin1String("displayName")});
        }
    }
    auto searchMatches = [&](const DirectoryUser &u) {
        const bool any = m_search->isOr();
        for (const FastClause &c : fastSearch) {
            const QString &value = u.*c.field;
            const bool hit = c.tokenized ? ODataSearch::tokenStartsWith(value, c.term)
                                         : value.startsWith(c.term, Qt::CaseInsensitive);
            if (hit == any)
                return any;
        }
        return !any;
    };

    QVector<int> matches;
    auto consider = [&](int i) {
        if (users) {
            currentUser = &dir.users.at(i);
            if (!server.replicated(currentUser->createdAtMs))
                return;
        } else {
            currentGroup = &dir.groups.at(i);
            if (!server.replicated(currentGroup->createdAtMs))
                return;
        }
        if (m_search && !(fastSearch.isEmpty() ? m_search->matches(lookup) : searchMatches(*currentUser)))
            return;
        if (m_filter && !m_filter->matches(lookup))
            return;
        matches.append(i);
    };
    const std::optional<QVector<int>> indexed = candidates ? std::nullopt : indexedCandidates(dir);
    if (indexed)
        candidates = &*indexed;
    if (candidates) {
        for (int i : *candidates)
            if (i >= 0 && i < total)
                consider(i);
    } else {
        for (int i = 0; i < total; ++i)
            consider(i);
    }

    if (!m_query.orderByProperty.isEmpty()) {
        // Sort keys folded once, so that the comparisons are plain ones.
        const QString property = m_query.orderByProperty;
        const UserField field = users ? userStringField(property) : nullptr;
        QVector<QString> keys(total);
        for (int i : matches) {
            const QString key = field ? dir.users.at(i).*field
                                      : (users ? userProperty(dir.users.at(i), property)
                                               : groupProperty(dir.groups.at(i), property))
                                            .toVariant()
                                            .toString();
            keys[i] = key.toCaseFolded();
        }
        const bool desc = m_query.orderDescending;
        std::stable_sort(matches.begin(), matches.end(), [&keys, desc](int x, int y) {
            const QString &a = keys.at(x);
            const QString &b = keys.at(y);
            return desc ? b < a : a < b;
        });
    }
    return matches;
}

} // namespace sim
