#include "pages/AssignPickerPanel.h"

#include "entra/PrincipalSearchModel.h"
#include "flows/AssignFlow.h"
#include "pages/InfoLabel.h"
#include "pages/PageWidgets.h"
#include "pages/ReadableViews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace insightly {

AssignPickerPanel::AssignPickerPanel(AssignFlow *flow, QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
{
    setObjectName(QStringLiteral("assignPickerPanel"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("assignSearchEdit"));
    m_search->setAccessibleName(tr("Find users and groups"));
    m_search->setPlaceholderText(tr("Name, e-mail or sign-in name"));
    m_search->setClearButtonEnabled(true);
    nameClearButton(m_search);
    auto *label = new QLabel(tr("Find &users and groups:"), this);
    label->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(label);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300); // search once the admin pauses, not on every keystroke
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (!m_flow->graph())
            return;
        m_model->setGraph(m_flow->graph());
        m_model->setQuery(m_search->text());
    });
    m_model = new entra::PrincipalSearchModel(this);
    connect(m_model, &entra::PrincipalSearchModel::failed, m_flow, &AssignFlow::failed);
    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("assignResultsView"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setUniformItemSizes(true);
    m_results->setMinimumHeight(100);
    // It takes the height the page has, no more: a taller preferred height would push "Assign selected"
    // below the fold on a small screen (the page's scroll area gives word-wrapped content its preferred
    // height).
    m_results->setSizePolicy(m_results->sizePolicy().horizontalPolicy(), QSizePolicy::Ignored);
    elideInMiddle(m_results);
    layout->addWidget(m_results, 1);

    m_add = makeButton(this, QStringLiteral("assignAddButton"), tr("Assign &selected"));
    m_cancel = makeButton(this, QStringLiteral("assignCancelButton"), tr("Cancel"),
                          tr("Cancel the running assignment"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("assignProgress"));
    m_progress->setAccessibleName(tr("Assignment progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    layout->addWidget(m_progress);
    // On a line of its own, wrapped: the rate and the time left are never cut.
    m_rate = InfoLabel::spokenByText(this, QStringLiteral("assignProgressText"),
                                     tr("Assignment rate and time left"));
    layout->addWidget(m_rate);

    connect(m_add, &QPushButton::clicked, this, &AssignPickerPanel::addSelected);
    connect(m_cancel, &QPushButton::clicked, m_flow, &AssignFlow::cancel);
    connect(m_flow, &AssignFlow::progressChanged, this, &AssignPickerPanel::showProgress);
    connect(m_flow, &AssignFlow::stageChanged, this, &AssignPickerPanel::updateControls);
    updateControls();
}

void AssignPickerPanel::refresh()
{
    if (!m_flow->graph())
        return;
    m_model->setGraph(m_flow->graph());
    if (m_model->rowCount() == 0 && !m_model->isLoading())
        m_model->setQuery(m_search->text());
}

void AssignPickerPanel::addSelected()
{
    QList<SetupState::Assignment> entries;
    for (const QModelIndex &index : m_results->selectionModel()->selectedRows()) {
        const auto type =
            SetupState::PrincipalType(index.data(entra::PrincipalSearchModel::TypeRole).toInt());
        entries << SetupState::Assignment{index.data(entra::PrincipalSearchModel::IdRole).toString(), type,
                                          false};
    }
    if (entries.isEmpty()) {
        Q_EMIT m_flow->failed({tr("Nothing is selected."),
                               tr("Select users or groups in the search results first."),
                               {},
                               QStringLiteral("assign.nothing-selected"),
                               {},
                               {}});
        return;
    }
    m_flow->assign(entries);
}

void AssignPickerPanel::showProgress(const entra::BulkProgress &progress)
{
    m_progress->setRange(0, qMax(1, progress.total));
    m_progress->setValue(progress.done);
    m_progress->setAccessibleDescription(AssignFlow::describeProgress(progress));
    updateControls();
}

void AssignPickerPanel::updateControls()
{
    const bool assigning = m_flow->stage() == AssignFlow::Stage::Assigning;
    m_add->setEnabled(!m_flow->isBusy());
    m_cancel->setEnabled(assigning);
    m_rate->setText(assigning && m_flow->lastProgress().total > 0
                        ? AssignFlow::describeProgress(m_flow->lastProgress())
                        : QString());
    m_rate->setVisible(!m_rate->text().isEmpty());
}

} // namespace insightly
