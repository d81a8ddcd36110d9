#include "widgets/WorklistDock.h"

#include "models/WorklistModel.h"
#include "widgets/ReasonDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace sams {

namespace {
// Rows of one store and one day (either may be "any"), contacted ones on request.
class WorklistFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(StoreId store, QDate day, bool contacted)
    {
        m_store = store;
        m_day = day;
        m_contacted = contacted;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (m_store && index.data(WorklistModel::StoreIdRole).toLongLong() != m_store)
            return false;
        if (m_day.isValid() && index.data(WorklistModel::DateRole).toDate() != m_day)
            return false;
        return m_contacted || !index.data(WorklistModel::ContactedRole).toBool();
    }

private:
    StoreId m_store = 0;
    QDate m_day;
    bool m_contacted = false;
};
} // namespace

WorklistDock::WorklistDock(QWidget *parent)
    : QDockWidget(parent)
    , m_model(new WorklistModel(this))
    , m_filter(new WorklistFilter(this))
    , m_view(new QTreeView)
    , m_storeFilter(new QComboBox)
    , m_dayFilter(new QComboBox)
    , m_showContacted(new QCheckBox(tr("Show contacted")))
    , m_progress(new QLabel)
    , m_alternatives(new QListWidget)
    , m_move(new QPushButton(tr("&Move here")))
    , m_contacted(new QPushButton(tr("C&ontacted…")))
    , m_cancel(new QPushButton(tr("Ca&ncel…")))
    , m_open(new QPushButton(tr("Show in &grid")))
{
    setObjectName(QStringLiteral("worklistDock"));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("worklistView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(WorklistModel::When,
                           fontMetrics().horizontalAdvance(QStringLiteral("Wed 30 Sep 10:00")) + 16);
    m_view->setColumnWidth(WorklistModel::Store, fontMetrics().horizontalAdvance(QStringLiteral("NYC-MIDT")) + 16);
    m_view->setColumnWidth(WorklistModel::Customer, fontMetrics().averageCharWidth() * 18);
    m_storeFilter->setObjectName(QStringLiteral("worklistStoreFilter"));
    m_dayFilter->setObjectName(QStringLiteral("worklistDayFilter"));
    m_showContacted->setObjectName(QStringLiteral("showContactedCheck"));
    m_alternatives->setObjectName(QStringLiteral("alternativesList"));
    m_alternatives->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_move->setObjectName(QStringLiteral("moveButton"));
    m_contacted->setObjectName(QStringLiteral("contactedButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_progress->setForegroundRole(QPalette::PlaceholderText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_storeFilter, 1);
    filters->addWidget(m_dayFilter, 1);
    filters->addWidget(m_showContacted);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_move, 0, 0);
    buttons->addWidget(m_open, 0, 1);
    buttons->addWidget(m_contacted, 1, 0);
    buttons->addWidget(m_cancel, 1, 1);
    auto *alternativesLabel = new QLabel(tr("&Alternatives (nearest first):"));
    alternativesLabel->setBuddy(m_alternatives);

    // The list on the left, what to do with the selected one on the right: the
    // dock stays low under the grid.
    auto *list = new QVBoxLayout;
    list->addLayout(filters);
    list->addWidget(m_view, 1);
    list->addWidget(m_progress);
    auto *actions = new QVBoxLayout;
    actions->addWidget(alternativesLabel);
    actions->addWidget(m_alternatives, 1);
    actions->addLayout(buttons);
    auto *body = new QWidget;
    auto *layout = new QHBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(list, 3);
    layout->addLayout(actions, 1);
    setWidget(body);

    const auto refilter = [this] {
        static_cast<WorklistFilter *>(m_filter)->set(m_storeFilter->currentData().toLongLong(),
                                                     m_dayFilter->currentData().toDate(), m_showContacted->isChecked());
        updateTitle();
    };
    connect(m_storeFilter, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_dayFilter, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_showContacted, &QCheckBox::toggled, this, refilter);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] {
            updateDays();
            updateTitle();
        });
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateTitle();
        selectionChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorklistDock::selectionChanged);
    connect(m_view, &QTreeView::doubleClicked, this, [this] {
        if (const WorklistItem *item = selectedItem())
            Q_EMIT openRequested(*item);
    });
    connect(m_alternatives, &QListWidget::itemDoubleClicked, m_move, &QPushButton::click);
    connect(m_move, &QPushButton::clicked, this, [this] {
        const WorklistItem *item = selectedItem();
        const int offer = m_alternatives->currentRow();
        if (item && offer >= 0 && offer < item->alternatives.size())
            Q_EMIT moveRequested(*item, item->alternatives.at(offer));
    });
    connect(m_contacted, &QPushButton::clicked, this, &WorklistDock::askContacted);
    connect(m_cancel, &QPushButton::clicked, this, &WorklistDock::askCancel);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const WorklistItem *item = selectedItem())
            Q_EMIT openRequested(*item);
    });
    setStores({});
    updateDays();
    updateTitle();
    selectionChanged();
}

void WorklistDock::setStores(const QList<Store> &stores)
{
    const StoreId chosen = m_storeFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_storeFilter);
    m_storeFilter->clear();
    m_storeFilter->addItem(tr("All stores"), StoreId(0));
    for (const Store &store : stores)
        m_storeFilter->addItem(QStringLiteral("%1 · %2").arg(store.code, store.name), store.id);
    m_storeFilter->setCurrentIndex(std::max(0, m_storeFilter->findData(chosen)));
}

void WorklistDock::setProgress(const QString &text)
{
    m_progress->setText(text);
    m_progress->setVisible(!text.isEmpty());
}

void WorklistDock::updateDays()
{
    QList<QDate> days;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QDate day = m_model->index(row, 0).data(WorklistModel::DateRole).toDate();
        if (days.isEmpty() || days.last() != day)
            days.append(day);
    }
    days.erase(std::unique(days.begin(), days.end()), days.end());
    const QDate chosen = m_dayFilter->currentData().toDate();
    const QSignalBlocker blocker(m_dayFilter);
    m_dayFilter->clear();
    m_dayFilter->addItem(tr("All days"), QDate());
    const QLocale locale;
    for (QDate day : std::as_const(days))
        m_dayFilter->addItem(locale.toString(day, QStringLiteral("ddd d MMM yyyy")), day);
    m_dayFilter->setCurrentIndex(std::max(0, m_dayFilter->findData(chosen)));
}

void WorklistDock::updateTitle()
{
    int toContact = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (!m_filter->index(row, 0).data(WorklistModel::ContactedRole).toBool())
            ++toContact;
    }
    setWindowTitle(tr("Worklist (%1)").arg(toContact));
}

const WorklistItem *WorklistDock::selectedItem() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_filter->mapToSource(rows.first()).row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->itemAt(row) : nullptr;
}

void WorklistDock::selectAppointment(AppointmentId id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void WorklistDock::selectionChanged()
{
    const WorklistItem *item = selectedItem();
    const int keep = m_alternatives->currentRow();
    m_alternatives->clear();
    if (item) {
        for (const SlotOffer &offer : item->alternatives)
            m_alternatives->addItem(WorklistModel::offerText(*item, offer));
        if (item->alternatives.isEmpty())
            m_alternatives->addItem(tr("No open place in the two weeks around it: call the customer."));
        m_alternatives->setCurrentRow(std::clamp(keep, 0, int(m_alternatives->count()) - 1));
    }
    const bool offers = item && !item->alternatives.isEmpty();
    m_alternatives->setEnabled(offers);
    m_move->setEnabled(offers);
    for (QPushButton *button : {m_contacted, m_cancel, m_open})
        button->setEnabled(item != nullptr);
}

void WorklistDock::askContacted()
{
    const WorklistItem *item = selectedItem();
    if (!item)
        return;
    const WorklistItem copy = *item;
    const std::optional<QString> note = ReasonDialog::ask(
        this, tr("Customer contacted"),
        tr("What did %1 say? The note is kept with the appointment.").arg(copy.appointment.customerName),
        tr("Mark contacted"));
    if (note)
        Q_EMIT contactRequested(copy, *note);
}

void WorklistDock::askCancel()
{
    const WorklistItem *item = selectedItem();
    if (!item)
        return;
    const WorklistItem copy = *item;
    const std::optional<QString> reason = ReasonDialog::ask(
        this, tr("Cancel appointment"), tr("Why is %1's appointment cancelled?").arg(copy.appointment.customerName),
        tr("Cancel appointment"));
    if (reason)
        Q_EMIT cancelRequested(copy, *reason);
}

} // namespace sams
