#pragma once

#include "core/SpreadsheetImport.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace sams {

// The spreadsheet import in the desktop (docs/manager-guide.md, Import): choose a
// folder or a published web folder, check it (every problem listed as
// file:line: column: message), see the changes per sheet and every appointment
// it would displace, then import, all or nothing. On a production database the
// environment's name must be typed first. The window does the work
// (checkRequested, importRequested) and answers with the show… calls.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Environment environment, QWidget *parent = nullptr);

    // The source chosen: a folder, or a web address.
    QString folder() const;
    QString webAddress() const;
    bool prune() const;

    void showChecking(const QString &what);
    void showProblems(const QStringList &problems);
    void showDryRun(const ImportSummary &summary);
    void showImported(const ImportSummary &summary);
    void showFailure(const QString &message);

    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *importButton() const { return m_import; }
    QListWidget *problemList() const { return m_problems; }
    QTreeWidget *displacedList() const { return m_displaced; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *confirmationEdit() const { return m_confirmation; }

Q_SIGNALS:
    void checkRequested();
    void importRequested();

private:
    void sourceChanged();
    void updateImport();

    Environment m_environment;
    bool m_checked = false;
    bool m_busy = false;
    QRadioButton *m_fromFolder;
    QRadioButton *m_fromWeb;
    QLineEdit *m_folder;
    QLineEdit *m_web;
    QCheckBox *m_prune;
    QPushButton *m_check;
    QLabel *m_status;
    QListWidget *m_problems;
    QLabel *m_diff;
    QTreeWidget *m_displaced;
    QLineEdit *m_confirmation;
    QPushButton *m_import;
};

} // namespace sams
