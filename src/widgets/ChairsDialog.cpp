#include "widgets/ChairsDialog.h"

#include "core/RulesValidation.h"
#include "widgets/DateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sams {

ChairsDialog::ChairsDialog(const Store &store, const QList<Chair> &chairs, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_today(today)
    , m_table(new QTableWidget(0, 3))
    , m_rename(new QPushButton(tr("&Rename…")))
    , m_end(new QPushButton(tr("&End date…")))
    , m_up(new QPushButton(tr("Move &up")))
    , m_down(new QPushButton(tr("Move &down")))
{
    setWindowTitle(tr("Chairs of %1").arg(store.name));
    m_table->setObjectName(QStringLiteral("chairTable"));
    m_table->setHorizontalHeaderLabels({tr("Chair"), tr("Starts"), tr("Ends")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *add = new QPushButton(tr("&Add chair…"));
    add->setObjectName(QStringLiteral("addChairButton"));
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_end->setObjectName(QStringLiteral("endButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_end);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    m_up->setObjectName(QStringLiteral("upButton"));
    m_down->setObjectName(QStringLiteral("downButton"));
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        if (const std::optional<Chair> chair = askNewChair(this, m_store, m_today))
            Q_EMIT chairEdited(*chair, tr("Add %1 from %2").arg(chair->name, QLocale().toString(chair->startsOn)));
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const Chair *chair = selected();
        if (!chair)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename chair"), tr("New name of %1:").arg(chair->name),
                                                   QLineEdit::Normal, chair->name, &ok);
        if (!ok || name.trimmed().isEmpty() || name.trimmed() == chair->name)
            return;
        Chair renamed = *chair;
        renamed.name = name.trimmed();
        Q_EMIT chairEdited(renamed, tr("Rename %1 to %2").arg(chair->name, renamed.name));
    });
    connect(m_end, &QPushButton::clicked, this, [this] {
        const Chair *chair = selected();
        if (!chair)
            return;
        if (const std::optional<Chair> ended = askEndDate(this, *chair, m_today))
            Q_EMIT chairEdited(*ended,
                               ended->endsOn.isValid()
                                   ? tr("End %1 after %2").arg(chair->name, QLocale().toString(ended->endsOn))
                                   : tr("%1 without an end date").arg(chair->name));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        for (QPushButton *button : {m_rename, m_end, m_up, m_down})
            button->setEnabled(selected());
    });
    setChairs(chairs);
}

void ChairsDialog::setChairs(const QList<Chair> &chairs)
{
    m_chairs = chairs;
    const QLocale locale;
    m_table->setRowCount(int(chairs.size()));
    for (int row = 0; row < chairs.size(); ++row) {
        const Chair &c = chairs.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(c.name));
        m_table->setItem(row, 1, new QTableWidgetItem(locale.toString(c.startsOn, QLocale::ShortFormat)));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(c.endsOn.isValid() ? locale.toString(c.endsOn, QLocale::ShortFormat)
                                                                 : tr("open-ended")));
    }
    m_table->resizeColumnsToContents();
    for (QPushButton *button : {m_rename, m_end, m_up, m_down})
        button->setEnabled(selected());
}

void ChairsDialog::move(int step)
{
    const int row = m_table->currentRow();
    const int to = row + step;
    if (!selected() || to < 0 || to >= m_chairs.size())
        return;
    QList<ChairId> order;
    for (const Chair &chair : std::as_const(m_chairs))
        order.append(chair.id);
    order.swapItemsAt(row, to);
    m_table->selectRow(to); // the selection follows the chair once the list is read again
    Q_EMIT orderRequested(order);
}

const Chair *ChairsDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_chairs.size() && m_table->selectionModel()->hasSelection() ? &m_chairs.at(row) : nullptr;
}

std::optional<Chair> ChairsDialog::askNewChair(QWidget *parent, const Store &store, QDate today)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Add a chair to %1").arg(store.code));
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("nameEdit"));
    QDateEdit *starts = calendarDateEdit(std::max(today.addDays(1), store.opensOn));
    starts->setObjectName(QStringLiteral("startsEdit"));
    starts->setMinimumDate(today);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Bookable from:"), starts);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(name, &QLineEdit::textChanged, &dialog,
            [&] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!name->text().trimmed().isEmpty()); });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Chair{0, store.id, name->text().trimmed(), starts->date(), {}, 1};
}

std::optional<Chair> ChairsDialog::askEndDate(QWidget *parent, const Chair &chair, QDate today)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("End date of %1").arg(chair.name));
    auto *open = new QCheckBox(tr("No end date"));
    open->setObjectName(QStringLiteral("openEndedCheck"));
    open->setChecked(!chair.endsOn.isValid());
    QDateEdit *ends = calendarDateEdit(chair.endsOn.isValid() ? chair.endsOn : today.addDays(7));
    ends->setObjectName(QStringLiteral("endsEdit"));
    ends->setMinimumDate(today);
    ends->setEnabled(!open->isChecked());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Last day with bookings:"), ends);
    form->addRow(QString(), open);
    form->addRow(buttons);
    connect(open, &QCheckBox::toggled, ends, [ends](bool on) { ends->setEnabled(!on); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Chair ended = chair;
    ended.endsOn = open->isChecked() ? QDate() : ends->date();
    return ended;
}

} // namespace sams
