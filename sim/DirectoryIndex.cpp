#include "DirectoryIndex.h"

#include "DirectoryState.h"
#include "GraphQuery.h"

#include <algorithm>
#include <numeric>

namespace sim {

namespace {

using UserField = QString DirectoryUser::*;
using GroupField = QString DirectoryGroup::*;

UserField userField(const QString &property)
{
    static const QHash<QString, UserField> fields{
        {QStringLiteral("id"), &DirectoryUser::id},
        {QStringLiteral("displayName"), &DirectoryUser::displayName},
        {QStringLiteral("userPrincipalName"), &DirectoryUser::userPrincipalName},
        {QStringLiteral("mail"), &DirectoryUser::mail},
        {QStringLiteral("givenName"), &DirectoryUser::givenName},
        {QStringLiteral("surname"), &DirectoryUser::surname},
        {QStringLiteral("jobTitle"), &DirectoryUser::jobTitle},
        {QStringLiteral("department"), &DirectoryUser::department}};
    return fields.value(property, nullptr);
}

GroupField groupField(const QString &property)
{
    static const QHash<QString, GroupField> fields{
        {QStringLiteral("id"), &DirectoryGroup::id},
        {QStringLiteral("displayName"), &DirectoryGroup::displayName},
        {QStringLiteral("description"), &DirectoryGroup::description},
        {QStringLiteral("mail"), &DirectoryGroup::mail}};
    return fields.value(property, nullptr);
}

// One property of one collection, resolved once, and the order of a view's entries.
class Values
{
public:
    Values(const DirectoryState &dir, DirectoryIndex::Kind kind, const QString &property)
        : m_dir(dir)
        , m_user(kind == DirectoryIndex::Kind::Users ? userField(property) : nullptr)
        , m_group(kind == DirectoryIndex::Kind::Groups ? groupField(property) : nullptr)
    {
    }

    const QString &of(int object) const
    {
        return m_user ? m_dir.users.at(object).*m_user : m_dir.groups.at(object).*m_group;
    }
    QStringView from(int object, int offset) const { return QStringView(of(object)).mid(offset); }
    // Case-insensitive order of the values from their offsets; ties by object and offset, so that a view's
    // order does not depend on how it was built.
    template <typename E> bool before(const E &a, const E &b) const
    {
        const int c = from(a.object, a.offset).compare(from(b.object, b.offset), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : (a.object != b.object ? a.object < b.object : a.offset < b.offset);
    }

private:
    const DirectoryState &m_dir;
    UserField m_user;
    GroupField m_group;
};

// Sorts a view's entries into Values::before() order. Comparing case-folded copies is several times faster
// than comparing ignoring case (which folds every character of both sides on every comparison); the result
// is checked with before() itself and sorted with it when the two ever disagree.
template <typename E> void sortEntries(const Values &values, QVector<E> *entries)
{
    QVector<std::pair<QString, E>> keyed;
    keyed.reserve(entries->size());
    for (const E &e : *entries)
        keyed.append({values.from(e.object, e.offset).toString().toCaseFolded(), e});
    std::sort(keyed.begin(), keyed.end(), [](const std::pair<QString, E> &a, const std::pair<QString, E> &b) {
        const int c = a.first.compare(b.first);
        return c != 0 ? c < 0
                      : (a.second.object != b.second.object ? a.second.object < b.second.object
                                                            : a.second.offset < b.second.offset);
    });
    for (qsizetype i = 0; i < keyed.size(); ++i)
        (*entries)[i] = keyed.at(i).second;
    auto before = [&values](const E &a, const E &b) { return values.before(a, b); };
    if (!std::is_sorted(entries->cbegin(), entries->cend(), before))
        std::sort(entries->begin(), entries->end(), before);
}

} // namespace

bool DirectoryIndex::indexed(Kind kind, const QString &property)
{
    return kind == Kind::Users ? userField(property) != nullptr : groupField(property) != nullptr;
}

QString DirectoryIndex::viewName(Kind kind, const QString &property, bool words)
{
    return (kind == Kind::Users ? QStringLiteral("users/") : QStringLiteral("groups/")) + property +
           (words ? QStringLiteral("/words") : QString());
}

void DirectoryIndex::appendEntries(const DirectoryState &dir, Kind kind, const QString &property, bool words,
                                   int object, QVector<Entry> *entries)
{
    if (!words) {
        entries->append({object, 0});
        return;
    }
    const QString &value = Values(dir, kind, property).of(object);
    for (qsizetype i = 0; i < value.size(); ++i)
        if (ODataSearch::isWordStart(value, i))
            entries->append({object, int(i)});
}

QVector<int> DirectoryIndex::lookup(const DirectoryState &dir, Kind kind, const QString &property,
                                    const QString &term, Match match) const
{
    const int total = int(kind == Kind::Users ? dir.users.size() : dir.groups.size());
    QVector<int> result;
    if (term.isEmpty() || !indexed(kind, property)) {
        // Every value starts with the empty term (and tokenStartsWith accepts it too).
        result.resize(total);
        std::iota(result.begin(), result.end(), 0);
        return result;
    }
    const Values values(dir, kind, property);
    const bool words = match == Match::WordPrefix;
    const QString name = viewName(kind, property, words);
    auto it = m_views.find(name);
    if (it == m_views.end() || it->objects != total) {
        View view;
        view.objects = total;
        view.entries.reserve(total);
        for (int i = 0; i < total; ++i)
            appendEntries(dir, kind, property, words, i, &view.entries);
        sortEntries(values, &view.entries);
        it = m_views.insert(name, view);
    }

    const QVector<Entry> &entries = it->entries;
    auto first =
        std::lower_bound(entries.cbegin(), entries.cend(), term, [&values](const Entry &e, const QString &t) {
            return values.from(e.object, e.offset).compare(t, Qt::CaseInsensitive) < 0;
        });
    for (auto e = first; e != entries.cend(); ++e) {
        const QStringView value = values.from(e->object, e->offset);
        const bool hit = match == Match::Equal ? value.compare(term, Qt::CaseInsensitive) == 0
                                               : value.startsWith(term, Qt::CaseInsensitive);
        if (!hit)
            break;
        result.append(e->object);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

void DirectoryIndex::added(const DirectoryState &dir, Kind kind, int index)
{
    if (m_views.isEmpty())
        return;
    const QString prefix = kind == Kind::Users ? QStringLiteral("users/") : QStringLiteral("groups/");
    for (auto it = m_views.begin(); it != m_views.end(); ++it) {
        if (!it.key().startsWith(prefix) || it->objects != index)
            continue; // another collection, or a view that lookup() rebuilds anyway
        const QStringList parts = it.key().split(u'/');
        const QString &property = parts.at(1);
        const bool words = parts.size() > 2;
        const Values values(dir, kind, property);
        QVector<Entry> fresh;
        appendEntries(dir, kind, property, words, index, &fresh);
        for (const Entry &e : fresh) {
            const auto at =
                std::upper_bound(it->entries.begin(), it->entries.end(), e,
                                 [&values](const Entry &a, const Entry &b) { return values.before(a, b); });
            it->entries.insert(at, e);
        }
        it->objects = index + 1;
    }
}

} // namespace sim
