#pragma once

#include "core/Environment.h"

#include <QLabel>

namespace sams {

// The status-bar label that says which environment this database is. Production
// is shown white on red so nobody takes it for a test copy.
class EnvironmentBadge : public QLabel
{
    Q_OBJECT
public:
    explicit EnvironmentBadge(QWidget *parent = nullptr);
    void setEnvironment(Environment environment);
    Environment environment() const { return m_environment; }

private:
    Environment m_environment = Environment::Local;
};

} // namespace sams
