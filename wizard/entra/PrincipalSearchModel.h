#pragma once

#include "entra/DirectorySearch.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUrl>

namespace insightly::entra {

class CancelToken;
class GraphClient;

// The picker's results: users, then groups, matching what the admin typed. Only the first page of each
// is read when the query changes; further pages are read when the view scrolls to the end (canFetchMore /
// fetchMore follow @odata.nextLink), so the whole directory is never loaded. Answers to an older query are
// dropped (and their requests cancelled).
class PrincipalSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, AddressRole, TypeRole, NameRole };

    explicit PrincipalSearchModel(QObject *parent = nullptr);
    ~PrincipalSearchModel() override;

    void setGraph(GraphClient *graph) { m_graph = graph; }
    // Starts a new search (empty text lists the directory from the start, one page at a time).
    void setQuery(const QString &text);
    QString query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const DirectoryPrincipal &principal(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_loading > 0; }
    int pagesFetched() const { return m_pagesFetched; } // pages of the current query
    UserMessage lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const insightly::UserMessage &message);

private:
    struct Source {
        SetupState::PrincipalType type;
        QUrl next;        // @odata.nextLink; empty when done
        bool started = false;
        bool finished = false;
    };
    void startPage(int sourceIndex);
    QCoro::Task<> loadPage(int sourceIndex, GraphRequest request, quint64 generation);

    QPointer<GraphClient> m_graph;
    QString m_query;
    quint64 m_generation = 0;
    QList<DirectoryPrincipal> m_rows;
    Source m_sources[2] = {{SetupState::PrincipalType::User, {}}, {SetupState::PrincipalType::Group, {}}};
    int m_loading = 0;
    int m_pagesFetched = 0;
    QPointer<CancelToken> m_cancel;
    UserMessage m_lastError;
};

} // namespace insightly::entra
