#include "widgets/OutboxDialog.h"

#include "models/OutboxModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sams {

OutboxDialog::OutboxDialog(const QList<Store> &stores, QWidget *parent)
    : QDialog(parent)
    , m_model(new OutboxModel(this))
    , m_table(new QTableView)
    , m_state(new QComboBox)
    , m_store(new QComboBox)
    , m_kind(new QComboBox)
    , m_details(new QPlainTextEdit)
    , m_problem(new QLabel)
    , m_retry(new QPushButton(tr("&Retry")))
    , m_cancel(new QPushButton(tr("Cancel &message")))
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Outbox"));
    m_state->setObjectName(QStringLiteral("outboxState"));
    m_state->addItem(tr("All states"));
    for (OutboxState s : allOutboxStates)
        m_state->addItem(outboxStateLabel(s), int(s));
    m_store->setObjectName(QStringLiteral("outboxStore"));
    m_store->addItem(tr("All stores"), qint64(0));
    for (const Store &store : stores)
        m_store->addItem(QStringLiteral("%1 · %2").arg(store.code, store.name), store.id);
    m_kind->setObjectName(QStringLiteral("outboxKind"));
    m_kind->addItem(tr("All messages"));
    for (const QString &kind : outboxKinds())
        m_kind->addItem(outboxKindLabel(kind), kind);
    for (QComboBox *box : {m_state, m_store, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT filterChanged(filter()); });

    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxDialog::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxDialog::selectionChanged);

    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a message to see its text and its last error."));
    m_problem->setObjectName(QStringLiteral("outboxProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_retry->setToolTip(tr("Send it again, from the first attempt"));
    m_cancel->setObjectName(QStringLiteral("outboxCancel"));
    m_cancel->setToolTip(tr("Never send it"));
    m_retry->setEnabled(false);
    m_cancel->setEnabled(false);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const OutboxEntry *e = selected())
            Q_EMIT retryRequested(e->id);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const OutboxEntry *e = selected())
            Q_EMIT cancelRequested(e->id);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:")));
    filters->addWidget(m_state);
    filters->addWidget(m_store);
    filters->addWidget(m_kind);
    filters->addStretch(1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 190, fontMetrics().height() * 36);
}

OutboxFilter OutboxDialog::filter() const
{
    OutboxFilter f;
    if (m_state->currentIndex() > 0)
        f.state = OutboxState(m_state->currentData().toInt());
    f.store = m_store->currentData().toLongLong();
    f.kind = m_kind->currentIndex() > 0 ? m_kind->currentData().toString() : QString();
    return f;
}

void OutboxDialog::showAttentionOnly()
{
    m_state->setCurrentIndex(m_state->findData(int(OutboxState::Dead)));
}

void OutboxDialog::setEntries(const QList<OutboxEntry> &entries)
{
    m_problem->hide();
    m_model->setEntries(entries);
    if (m_table->columnWidth(OutboxModel::Recipient) < 40 || !property("sized").toBool()) {
        m_table->resizeColumnsToContents();
        setProperty("sized", true);
    }
    selectionChanged();
}

void OutboxDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

const OutboxEntry *OutboxDialog::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->entryAt(rows.first().row());
}

void OutboxDialog::selectionChanged()
{
    const OutboxEntry *e = selected();
    m_retry->setEnabled(e && retryAllowed(e->state));
    m_cancel->setEnabled(e && cancelAllowed(e->state));
    if (!e) {
        m_details->clear();
        return;
    }
    QStringList lines;
    lines
        << tr("%1 to %2 · %3").arg(outboxKindLabel(e->message.kind), e->message.recipient, outboxStateLabel(e->state));
    if (!e->lastError.isEmpty())
        lines << tr("Last error: %1").arg(e->lastError);
    if (e->sentAt)
        lines << tr("Sent %1").arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(e->sentAt), QLocale::LongFormat));
    if (!e->message.subject.isEmpty())
        lines << QString() << e->message.subject << QString() << e->message.body;
    else
        lines << QString() << tr("(worded from its template when it is sent)");
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace sams
