#include "widgets/EnvironmentBadge.h"

namespace sams {

EnvironmentBadge::EnvironmentBadge(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setEnvironment(Environment::Local);
}

void EnvironmentBadge::setEnvironment(Environment environment)
{
    m_environment = environment;
    switch (environment) {
    case Environment::Local:
        setText(tr("Local"));
        setStyleSheet(QStringLiteral("QLabel { color: #37474f; background: #eceff1; padding: 2px 10px; "
                                     "border-radius: 3px; }"));
        setToolTip(tr("A local database: changes here affect no store."));
        break;
    case Environment::Staging:
        setText(tr("Staging"));
        setStyleSheet(QStringLiteral("QLabel { color: #4e342e; background: #ffe082; padding: 2px 10px; "
                                     "border-radius: 3px; font-weight: bold; }"));
        setToolTip(tr("The staging database: a copy for trying changes."));
        break;
    case Environment::Production:
        setText(tr("PRODUCTION"));
        setStyleSheet(QStringLiteral("QLabel { color: white; background: #c62828; padding: 2px 12px; "
                                     "border-radius: 3px; font-weight: bold; }"));
        setToolTip(tr("The live database of the stores: every change reaches customers."));
        break;
    }
}

} // namespace sams
