#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace sim {

struct DirectoryState;

// Sorted views of the directory's plain string properties, so that Graph's `$search` and the `$filter`
// forms clients send most (startswith, eq) look at the few objects that can match instead of every one of
// them. A lookup answers a superset of the matching objects (as indices into users or groups, ascending,
// so that paging keeps Graph's order); the caller still applies the exact predicate to each.
//
// Entries are (object, offset) pairs ordered by the value from that offset, compared as Qt compares strings
// ignoring case — the comparison `QString::startsWith(…, Qt::CaseInsensitive)` agrees with — so the values
// starting with a term are one run that begins at the term's lower bound. A view is built on its first
// lookup, kept in order as objects are added (and rebuilt when the collection's size is not the one it
// covers), and dropped when an object changes.
class DirectoryIndex
{
public:
    enum class Kind { Users, Groups };
    enum class Match {
        Prefix,     // the value starts with the term
        Equal,      // the value equals the term
        WordPrefix, // a word of the value starts with the term (ODataSearch::tokenStartsWith)
    };

    // Whether `property` of `kind` has a view: the properties the directory keeps as plain strings.
    static bool indexed(Kind kind, const QString &property);

    // Indices of the objects whose `property` matches `term` as `match` says, ignoring case; ascending, each
    // once. `property` must be indexed(); an empty term answers every object.
    QVector<int> lookup(const DirectoryState &dir, Kind kind, const QString &property, const QString &term,
                        Match match) const;

    // Keeps the built views in order after dir.users (or dir.groups) gained the object at `index`.
    void added(const DirectoryState &dir, Kind kind, int index);
    // Drops every view (an object changed, or the directory was replaced).
    void clear() { m_views.clear(); }

private:
    struct Entry {
        int object;
        int offset;
    };
    struct View {
        QVector<Entry> entries;
        int objects = 0; // how many objects of the collection are in it
    };
    static QString viewName(Kind kind, const QString &property, bool words);
    static void appendEntries(const DirectoryState &dir, Kind kind, const QString &property, bool words,
                              int object, QVector<Entry> *entries);

    mutable QHash<QString, View> m_views;
};

} // namespace sim
