#include "entra/PrincipalSearchModel.h"

#include "entra/GraphClient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace insightly::entra {

PrincipalSearchModel::PrincipalSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

PrincipalSearchModel::~PrincipalSearchModel()
{
    if (m_cancel)
        m_cancel->cancel();
}

void PrincipalSearchModel::setQuery(const QString &text)
{
    m_query = text.simplified();
    ++m_generation;
    if (m_cancel) {
        m_cancel->cancel();
        m_cancel->deleteLater();
    }
    m_cancel = new CancelToken(this);
    beginResetModel();
    m_rows.clear();
    for (Source &source : m_sources)
        source = Source{source.type, {}};
    m_pagesFetched = 0;
    endResetModel();
    if (m_loading != 0) {
        m_loading = 0;
        Q_EMIT loadingChanged(false);
    }
    startPage(0);
    startPage(1);
}

int PrincipalSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PrincipalSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DirectoryPrincipal &p = m_rows.at(index.row());
    const bool user = p.type == SetupState::PrincipalType::User;
    const QString typeText = user ? QCoreApplication::translate("PrincipalSearchModel", "User")
                                  : QCoreApplication::translate("PrincipalSearchModel", "Group");
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return p.address().isEmpty()
                   ? QCoreApplication::translate("PrincipalSearchModel", "%1 (%2)").arg(p.displayName, typeText)
                   : QCoreApplication::translate("PrincipalSearchModel", "%1 — %2 (%3)")
                         .arg(p.displayName, p.address(), typeText);
    case Qt::ToolTipRole:
    case AddressRole:
        return p.address();
    case IdRole:
        return p.id;
    case TypeRole:
        return int(p.type);
    case NameRole:
        return p.displayName;
    default:
        return {};
    }
}

bool PrincipalSearchModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_loading > 0)
        return false;
    for (const Source &source : m_sources)
        if (source.started && !source.finished && !source.next.isEmpty())
            return true;
    return false;
}

void PrincipalSearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Users first, then groups: rows are appended in that order.
    for (int i = 0; i < 2; ++i) {
        if (!m_sources[i].finished && !m_sources[i].next.isEmpty()) {
            startPage(i);
            return;
        }
    }
}

void PrincipalSearchModel::startPage(int sourceIndex)
{
    if (!m_graph)
        return;
    Source &source = m_sources[sourceIndex];
    GraphRequest request = source.started ? GraphRequest::get(source.next.toString(QUrl::FullyEncoded))
                                          : DirectorySearch::firstPage(m_query, source.type);
    if (source.started && !m_query.isEmpty())
        request.headers.insert("ConsistencyLevel", "eventual"); // the next link carries $search
    request.cancel = m_cancel;
    request.highPriority = true;
    source.started = true;
    if (m_loading++ == 0)
        Q_EMIT loadingChanged(true);
    loadPage(sourceIndex, std::move(request), m_generation);
}

QCoro::Task<> PrincipalSearchModel::loadPage(int sourceIndex, GraphRequest request, quint64 generation)
{
    QPointer<PrincipalSearchModel> self(this);
    QPointer<GraphClient> graph = m_graph;
    const GraphResult result = co_await graph->send(std::move(request));
    if (!self || generation != m_generation)
        co_return; // the admin typed on: this answer is stale
    if (--m_loading == 0)
        Q_EMIT loadingChanged(false);
    Source &source = m_sources[sourceIndex];
    if (!result.ok()) {
        source.finished = true;
        if (!result.cancelled) {
            m_lastError = result.userMessage();
            Q_EMIT failed(m_lastError);
        }
        co_return;
    }
    ++m_pagesFetched;
    const QJsonArray values = result.json.value(QLatin1String("value")).toArray();
    const QString next = result.json.value(QLatin1String("@odata.nextLink")).toString();
    source.next = next.isEmpty() ? QUrl() : QUrl(next);
    source.finished = next.isEmpty();
    if (values.isEmpty())
        co_return;
    // Groups stay after users: a users page is inserted before the first group row.
    int insertAt = int(m_rows.size());
    if (source.type == SetupState::PrincipalType::User) {
        insertAt = 0;
        while (insertAt < m_rows.size() && m_rows.at(insertAt).type == SetupState::PrincipalType::User)
            ++insertAt;
    }
    beginInsertRows({}, insertAt, insertAt + int(values.size()) - 1);
    int row = insertAt;
    for (const QJsonValue &value : values)
        m_rows.insert(row++, DirectoryPrincipal::fromJson(value.toObject(), source.type));
    endInsertRows();
}

} // namespace insightly::entra
