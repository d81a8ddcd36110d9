#include "widgets/ImportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sams {

ImportDialog::ImportDialog(Environment environment, QWidget *parent)
    : QDialog(parent)
    , m_environment(environment)
    , m_fromFolder(new QRadioButton(tr("From a &folder:")))
    , m_fromWeb(new QRadioButton(tr("From a &web folder:")))
    , m_folder(new QLineEdit)
    , m_web(new QLineEdit)
    , m_prune(new QCheckBox(tr("Also &remove what the sheet no longer names (chairs are ended, never deleted)")))
    , m_check(new QPushButton(tr("&Check")))
    , m_status(new QLabel)
    , m_problems(new QListWidget)
    , m_diff(new QLabel)
    , m_displaced(new QTreeWidget)
    , m_confirmation(new QLineEdit)
    , m_import(new QPushButton(tr("&Import")))
{
    setWindowTitle(tr("Import the store spreadsheet"));
    m_fromFolder->setChecked(true);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_web->setObjectName(QStringLiteral("webEdit"));
    m_web->setPlaceholderText(QStringLiteral("https://intranet.example.com/stores/"));
    m_web->setEnabled(false);
    m_prune->setObjectName(QStringLiteral("pruneCheck"));
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->hide();
    m_diff->setObjectName(QStringLiteral("diffLabel"));
    m_displaced->setObjectName(QStringLiteral("displacedList"));
    m_displaced->setHeaderLabels({tr("Store"), tr("Chair"), tr("Start"), tr("Customer"), tr("Appointment")});
    m_displaced->setRootIsDecorated(false);
    m_displaced->setMinimumSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 10);
    m_displaced->hide();
    m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
    m_import->setObjectName(QStringLiteral("importButton"));
    auto *browse = new QPushButton(tr("&Browse…"));

    auto *source = new QGridLayout;
    source->addWidget(m_fromFolder, 0, 0);
    source->addWidget(m_folder, 0, 1);
    source->addWidget(browse, 0, 2);
    source->addWidget(m_fromWeb, 1, 0);
    source->addWidget(m_web, 1, 1, 1, 2);
    source->addWidget(m_prune, 2, 0, 1, 3);
    source->addWidget(m_check, 3, 2);
    auto *confirmLabel = new QLabel(tr("This is the <b>%1</b> database: type %1 to import into it.")
                                        .arg(environmentName(environment).toHtmlEscaped()));
    confirmLabel->setBuddy(m_confirmation);
    const bool confirm = environment == Environment::Production;
    confirmLabel->setVisible(confirm);
    m_confirmation->setVisible(confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(source);
    layout->addWidget(m_status);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_diff);
    layout->addWidget(m_displaced, 1);
    layout->addWidget(confirmLabel);
    layout->addWidget(m_confirmation);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Spreadsheet folder"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    connect(m_fromWeb, &QRadioButton::toggled, this, &ImportDialog::sourceChanged);
    for (QLineEdit *edit : {m_folder, m_web})
        connect(edit, &QLineEdit::textChanged, this, &ImportDialog::sourceChanged);
    connect(m_prune, &QCheckBox::toggled, this, &ImportDialog::sourceChanged);
    connect(m_confirmation, &QLineEdit::textChanged, this, &ImportDialog::updateImport);
    connect(m_check, &QPushButton::clicked, this, [this] {
        m_busy = true;
        updateImport();
        Q_EMIT checkRequested();
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        m_busy = true;
        updateImport();
        Q_EMIT importRequested();
    });
    sourceChanged();
}

QString ImportDialog::folder() const
{
    return m_fromFolder->isChecked() ? m_folder->text().trimmed() : QString();
}

QString ImportDialog::webAddress() const
{
    return m_fromWeb->isChecked() ? m_web->text().trimmed() : QString();
}

bool ImportDialog::prune() const
{
    return m_prune->isChecked();
}

void ImportDialog::sourceChanged()
{
    m_folder->setEnabled(m_fromFolder->isChecked());
    m_web->setEnabled(m_fromWeb->isChecked());
    m_checked = false; // a new source or option: check again before importing
    m_check->setEnabled(!folder().isEmpty() || !webAddress().isEmpty());
    updateImport();
}

void ImportDialog::updateImport()
{
    const bool confirmed = m_environment != Environment::Production
        || m_confirmation->text().trimmed() == environmentName(m_environment);
    m_import->setEnabled(m_checked && !m_busy && confirmed);
    m_check->setEnabled(!m_busy && (!folder().isEmpty() || !webAddress().isEmpty()));
}

void ImportDialog::showChecking(const QString &what)
{
    m_status->setText(what);
}

void ImportDialog::showProblems(const QStringList &problems)
{
    m_busy = false;
    m_checked = false;
    m_problems->clear();
    m_problems->addItems(problems);
    m_problems->show();
    m_diff->clear();
    m_displaced->hide();
    m_status->setText(tr("%n problem(s) in the spreadsheet; nothing can be imported until they are corrected.", nullptr,
                         int(problems.size())));
    updateImport();
}

void ImportDialog::showDryRun(const ImportSummary &summary)
{
    m_busy = false;
    m_checked = true;
    m_problems->hide();
    m_diff->setText(importDiffLines(summary).join(u'\n'));
    m_displaced->clear();
    for (const ImportDisplaced &d : summary.displaced) {
        auto *row = new QTreeWidgetItem(m_displaced);
        row->setText(0, d.storeCode);
        row->setText(1, d.chairName);
        row->setText(2, QLocale().toString(d.localStart, QLocale::ShortFormat));
        row->setText(3, d.customerName);
        row->setText(4, QString::number(d.appointment));
    }
    m_displaced->setVisible(!summary.displaced.isEmpty());
    m_status->setText(summary.displaced.isEmpty()
                          ? tr("The spreadsheet is sound. Nothing written yet; no appointment would be displaced.")
                          : tr("The spreadsheet is sound. Nothing written yet; %n appointment(s) would be displaced "
                               "and go on the rescheduling worklist.",
                               nullptr, int(summary.displaced.size())));
    updateImport();
}

void ImportDialog::showImported(const ImportSummary &summary)
{
    m_busy = false;
    m_checked = false;
    m_diff->setText(importDiffLines(summary).join(u'\n'));
    m_status->setText(tr("Imported. %n appointment(s) displaced: on the rescheduling worklist.", nullptr,
                         int(summary.displaced.size())));
    updateImport();
}

void ImportDialog::showFailure(const QString &message)
{
    m_busy = false;
    m_checked = false;
    m_status->setText(tr("Nothing was imported: %1").arg(message));
    updateImport();
}

} // namespace sams
