#pragma once

#include "core/ZipCode.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sams {

// A store's settings and dates (docs/manager-guide.md, Stores): name, address,
// phone, instructions, time zone (IANA), slot length, capacity, online horizon
// and notice, visible_from, opens_on, closes_on; and its zip codes with the
// dates web customers from each may book, set one at a time. Saving the store
// is the caller's (saveRequested: a new slot length or capacity is previewed
// like hours); a zip code is saved at once (zipRequested: it displaces nothing).
class StoreSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    StoreSettingsDialog(const Store &store, const QList<ZipCode> &zips, QDate today, QWidget *parent = nullptr);

    Store store() const;
    void setZipCodes(const QList<ZipCode> &zips);
    QSpinBox *capacityBox() const { return m_capacity; }
    QSpinBox *slotBox() const { return m_slot; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problemLabel() const { return m_problem; }
    QTableWidget *zipTable() const { return m_zips; }

Q_SIGNALS:
    void saveRequested();
    void zipRequested(const sams::ZipCode &zip);

private:
    void validate();
    void askZip(const ZipCode &zip);

    Store m_store;
    QDate m_today;
    QList<ZipCode> m_zipList;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QPlainTextEdit *m_instructions;
    QComboBox *m_zone;
    QSpinBox *m_slot;
    QSpinBox *m_capacity;
    QSpinBox *m_horizon;
    QSpinBox *m_notice;
    QDateEdit *m_visible;
    QDateEdit *m_opens;
    QDateEdit *m_closes;
    QCheckBox *m_openEnded;
    QTableWidget *m_zips;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace sams
