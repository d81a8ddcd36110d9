#include "widgets/StoreSettingsDialog.h"

#include "core/RulesValidation.h"
#include "widgets/DateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sams {

namespace {

QSpinBox *spinBox(int minimum, int maximum, int value, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}
} // namespace

StoreSettingsDialog::StoreSettingsDialog(const Store &store, const QList<ZipCode> &zips, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_today(today)
    , m_name(new QLineEdit(store.name))
    , m_address(new QLineEdit(store.address))
    , m_phone(new QLineEdit(store.phone))
    , m_instructions(new QPlainTextEdit(store.instructions))
    , m_zone(new QComboBox)
    , m_slot(spinBox(5, 480, store.slotMinutes, tr(" min")))
    , m_capacity(spinBox(1, 99, store.capacity, QString()))
    , m_horizon(spinBox(0, 365, store.horizonDays, tr(" days")))
    , m_notice(spinBox(0, 10080, store.minNoticeMinutes, tr(" min")))
    , m_visible(calendarDateEdit(store.visibleFrom))
    , m_opens(calendarDateEdit(store.opensOn))
    , m_closes(calendarDateEdit(store.closesOn.isValid() ? store.closesOn : today.addMonths(1)))
    , m_openEnded(new QCheckBox(tr("No closing date")))
    , m_zips(new QTableWidget(0, 2))
    , m_problem(new QLabel)
    , m_save(new QPushButton(tr("Preview and save…")))
{
    setWindowTitle(tr("Store %1").arg(store.code));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_capacity->setObjectName(QStringLiteral("capacityBox"));
    m_slot->setObjectName(QStringLiteral("slotBox"));
    m_instructions->setMaximumHeight(fontMetrics().height() * 4);
    m_zone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(QString::fromUtf8(store.timeZoneId));
    // Booked instants were computed in this zone: it is set before the store opens.
    m_zone->setEnabled(store.opensOn > today);
    m_openEnded->setChecked(!store.closesOn.isValid());
    m_closes->setEnabled(store.closesOn.isValid());
    m_opens->setEnabled(store.opensOn > today);
    m_visible->setEnabled(store.visibleFrom > today);
    m_zips->setObjectName(QStringLiteral("zipTable"));
    m_zips->setHorizontalHeaderLabels({tr("Zip code"), tr("Web bookings from")});
    m_zips->horizontalHeader()->setStretchLastSection(true);
    m_zips->verticalHeader()->hide();
    m_zips->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_zips->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_zips->setMaximumHeight(fontMetrics().height() * 7);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);

    auto *closes = new QHBoxLayout;
    closes->addWidget(m_closes, 1);
    closes->addWidget(m_openEnded);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Instructions:"), m_instructions);
    form->addRow(tr("&Time zone:"), m_zone);
    form->addRow(tr("&Slot length:"), m_slot);
    form->addRow(tr("&Capacity per chair:"), m_capacity);
    form->addRow(tr("Online &horizon:"), m_horizon);
    form->addRow(tr("Online &notice:"), m_notice);
    form->addRow(tr("Staff see it &from:"), m_visible);
    form->addRow(tr("&Opens on:"), m_opens);
    form->addRow(tr("Closes after:"), closes); // a layout, no buddy: no mnemonic

    auto *addZip = new QPushButton(tr("Add &zip code…"));
    addZip->setObjectName(QStringLiteral("addZipButton"));
    auto *setZip = new QPushButton(tr("Set &activation…"));
    setZip->setObjectName(QStringLiteral("setZipButton"));
    auto *zipButtons = new QHBoxLayout;
    zipButtons->addWidget(addZip);
    zipButtons->addWidget(setZip);
    zipButtons->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("Zip codes (web customers book once theirs is active):")));
    layout->addWidget(m_zips);
    layout->addLayout(zipButtons);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        validate();
        if (m_problem->text().isEmpty())
            Q_EMIT saveRequested();
    });
    connect(m_openEnded, &QCheckBox::toggled, m_closes, [this](bool on) { m_closes->setEnabled(!on); });
    for (QLineEdit *edit : {m_name, m_address, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &StoreSettingsDialog::validate);
    for (QDateEdit *edit : {m_visible, m_opens, m_closes})
        connect(edit, &QDateEdit::dateChanged, this, &StoreSettingsDialog::validate);
    connect(m_openEnded, &QCheckBox::toggled, this, &StoreSettingsDialog::validate);
    connect(m_zone, &QComboBox::currentTextChanged, this, &StoreSettingsDialog::validate);
    connect(addZip, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString code
            = QInputDialog::getText(this, tr("Add zip code"), tr("Zip code:"), QLineEdit::Normal, QString(), &ok)
                  .trimmed();
        if (ok && !code.isEmpty())
            askZip(ZipCode{m_store.id, code, {}});
    });
    connect(setZip, &QPushButton::clicked, this, [this] {
        const int row = m_zips->currentRow();
        if (row >= 0 && row < m_zipList.size())
            askZip(m_zipList.at(row));
    });
    setZipCodes(zips);
    validate();
}

void StoreSettingsDialog::askZip(const ZipCode &zip)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Zip code %1").arg(zip.code));
    QDateEdit *from = calendarDateEdit(zip.activeFrom.isValid() ? zip.activeFrom : m_today);
    auto *inactive = new QCheckBox(tr("Not active"));
    inactive->setChecked(!zip.activeFrom.isValid());
    from->setEnabled(zip.activeFrom.isValid());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Web bookings from:"), from);
    form->addRow(QString(), inactive);
    form->addRow(buttons);
    connect(inactive, &QCheckBox::toggled, from, [from](bool on) { from->setEnabled(!on); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT zipRequested(ZipCode{m_store.id, zip.code, inactive->isChecked() ? QDate() : from->date()});
}

void StoreSettingsDialog::setZipCodes(const QList<ZipCode> &zips)
{
    m_zipList = zips;
    m_zips->setRowCount(int(zips.size()));
    const QLocale locale;
    for (int row = 0; row < zips.size(); ++row) {
        const ZipCode &z = zips.at(row);
        m_zips->setItem(row, 0, new QTableWidgetItem(z.code));
        m_zips->setItem(row, 1,
                        new QTableWidgetItem(z.activeFrom.isValid()
                                                 ? locale.toString(z.activeFrom, QLocale::ShortFormat)
                                                 : tr("not active")));
    }
}

Store StoreSettingsDialog::store() const
{
    Store s = m_store;
    s.name = m_name->text().trimmed();
    s.address = m_address->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.instructions = m_instructions->toPlainText().trimmed();
    s.timeZoneId = m_zone->currentText().trimmed().toUtf8();
    s.slotMinutes = m_slot->value();
    s.capacity = m_capacity->value();
    s.horizonDays = m_horizon->value();
    s.minNoticeMinutes = m_notice->value();
    s.visibleFrom = m_visible->date();
    s.opensOn = m_opens->date();
    s.closesOn = m_openEnded->isChecked() ? QDate() : m_closes->date();
    return s;
}

void StoreSettingsDialog::validate()
{
    const Status ok = checkStore(m_store, store(), m_today);
    m_problem->setText(ok ? QString() : ok.error().message);
    m_save->setEnabled(ok.has_value());
}

} // namespace sams
