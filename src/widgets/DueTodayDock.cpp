#include "widgets/DueTodayDock.h"

#include "core/Clock.h"
#include "core/WorkOrderRules.h"
#include "models/DueTodayModel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace sams {

DueTodayDock::DueTodayDock(QWidget *parent)
    : QDockWidget(parent)
    , m_model(new DueTodayModel(this))
    , m_filter(new DueTodayFilter(this))
    , m_view(new QTreeView)
    , m_kindFilter(new QComboBox)
    , m_storeFilter(new QComboBox)
    , m_details(new QLabel)
    , m_start(new QPushButton(tr("&Start")))
    , m_complete(new QPushButton(tr("Co&mplete")))
    , m_reschedule(new QPushButton(tr("Re&schedule…")))
    , m_new(new QPushButton(tr("&New order…")))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("dueTodayDock"));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("dueTodayView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    m_view->setColumnWidth(DueTodayModel::StateColumn, fm.horizontalAdvance(QStringLiteral("SCHEDULED")) + 20);
    m_view->setColumnWidth(DueTodayModel::DueColumn,
                           fm.horizontalAdvance(QStringLiteral("Wed 30 Sep, AFTERNOON")) + 12);
    m_view->setColumnWidth(DueTodayModel::StoreColumn, fm.horizontalAdvance(QStringLiteral("DEN-LODO")) + 16);
    m_view->setColumnWidth(DueTodayModel::NumberColumn, fm.horizontalAdvance(QStringLiteral("00000")) + 16);
    m_view->setColumnWidth(DueTodayModel::CustomerColumn, fm.averageCharWidth() * 16);
    m_view->setColumnWidth(DueTodayModel::ItemsColumn, fm.averageCharWidth() * 18);

    m_kindFilter->setObjectName(QStringLiteral("dueKindFilter"));
    m_kindFilter->addItem(tr("All"), int(DueTodayFilter::Kind::All));
    m_kindFilter->addItem(tr("Scheduled"), int(DueTodayFilter::Kind::Scheduled));
    m_kindFilter->addItem(tr("Walk-in"), int(DueTodayFilter::Kind::WalkIn));
    m_storeFilter->setObjectName(QStringLiteral("dueStoreFilter"));
    m_storeFilter->addItem(tr("All stores"), 0);
    m_details->setObjectName(QStringLiteral("dueDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText); // names and notes are escaped
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(fm.height() * 3);

    // The list on the left, the selected order and the buttons on the right:
    // the dock lives low under the grid.
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:")));
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_storeFilter, 1);
    auto *list = new QVBoxLayout;
    list->addLayout(filters);
    list->addWidget(m_view, 1);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_start, 0, 0);
    buttons->addWidget(m_complete, 0, 1);
    buttons->addWidget(m_reschedule, 1, 0);
    buttons->addWidget(m_new, 1, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_details, 1);
    side->addLayout(buttons);
    auto *content = new QWidget;
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(list, 3);
    layout->addLayout(side, 1);
    setWidget(content);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setKind(DueTodayFilter::Kind(m_kindFilter->currentData().toInt()));
        updateTitle();
    });
    connect(m_storeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStore(m_storeFilter->currentData().toLongLong());
        updateTitle();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DueTodayDock::selectionChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DueTodayDock::updateTitle);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &DueTodayDock::updateTitle);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DueTodayDock::updateButtons);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (const WorkOrder *o = selectedOrder())
            Q_EMIT startRequested(*o);
    });
    connect(m_complete, &QPushButton::clicked, this, [this] {
        if (const WorkOrder *o = selectedOrder())
            Q_EMIT completeRequested(*o);
    });
    connect(m_reschedule, &QPushButton::clicked, this, [this] {
        if (const WorkOrder *o = selectedOrder())
            Q_EMIT rescheduleRequested(*o);
    });
    connect(m_new, &QPushButton::clicked, this, &DueTodayDock::newOrderRequested);
    // Once a second: cheap (states only, no database), and a suspended laptop
    // or a changed clock is caught up at once.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &DueTodayDock::tick);
    m_tick->start();
    updateTitle();
    updateButtons();
}

void DueTodayDock::tick()
{
    const QDateTime now = Clock::nowUtc();
    m_model->setNow(now);
    if (m_model->dayTurnedOver(now))
        Q_EMIT refreshRequested();
}

void DueTodayDock::setOrders(const QList<OpenOrders> &read, const QDateTime &readAt)
{
    m_model->setOrders(read, readAt);
    m_model->setNow(Clock::nowUtc());
    // The store filter offers the stores read, keeping the choice.
    const StoreId chosen = m_storeFilter->currentData().toLongLong();
    QList<StoreId> offered;
    for (int i = 1; i < m_storeFilter->count(); ++i)
        offered.append(m_storeFilter->itemData(i).toLongLong());
    QList<StoreId> wanted;
    for (const OpenOrders &open : read)
        wanted.append(open.store.id);
    if (offered != wanted) {
        const QSignalBlocker blocker(m_storeFilter);
        while (m_storeFilter->count() > 1)
            m_storeFilter->removeItem(1);
        for (const OpenOrders &open : read)
            m_storeFilter->addItem(open.store.code, open.store.id);
        m_storeFilter->setCurrentIndex(std::max(0, m_storeFilter->findData(chosen)));
        m_filter->setStore(m_storeFilter->currentData().toLongLong());
    }
    updateTitle();
    selectionChanged();
}

void DueTodayDock::updateTitle()
{
    setWindowTitle(tr("Due today (%1)").arg(m_filter->rowCount()));
}

const WorkOrder *DueTodayDock::selectedOrder() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->entryAt(m_filter->mapToSource(rows.first()).row()).order;
}

void DueTodayDock::selectOrder(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void DueTodayDock::setEditable(bool editable)
{
    m_editable = editable;
    m_new->setEnabled(editable);
    updateButtons();
}

void DueTodayDock::selectionChanged()
{
    updateButtons();
    const WorkOrder *order = selectedOrder();
    if (!order) {
        m_details->clear();
        return;
    }
    m_details->setText(tr("Order %1 · %2")
                           .arg(order->id)
                           .arg((order->title.isEmpty() ? order->customerName : order->title).toHtmlEscaped()));
    Q_EMIT trailRequested(order->id);
}

void DueTodayDock::setTrail(qint64 orderId, const QString &trail, const QList<OrderReschedule> &steps)
{
    const WorkOrder *order = selectedOrder();
    if (!order || order->id != orderId)
        return;
    QStringList lines{tr("<b>Order %1</b> · %2 · %3")
                          .arg(order->id)
                          .arg(order->customerName.isEmpty() ? tr("in-house") : order->customerName.toHtmlEscaped(),
                               order->title.toHtmlEscaped())};
    if (!order->details.isEmpty())
        lines.append(order->details.toHtmlEscaped());
    if (steps.isEmpty()) {
        lines.append(tr("Never rescheduled."));
    } else {
        lines.append(tr("Trail: %1 (rescheduled %2×)").arg(trail.toHtmlEscaped()).arg(steps.size()));
        const OrderReschedule &last = steps.last();
        lines.append(tr("Last by %1: %2").arg(last.actor.toHtmlEscaped(), last.reason.toHtmlEscaped()));
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

void DueTodayDock::updateButtons()
{
    const WorkOrder *order = selectedOrder();
    const bool open = order && m_editable && isOpen(*order);
    m_start->setEnabled(open && order->status == WorkOrderStatus::Pending);
    m_complete->setEnabled(open);
    m_reschedule->setEnabled(open);
}

} // namespace sams
