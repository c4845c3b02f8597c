<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MeetingBriefDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="61"/>
        <source>Meeting brief: %1</source>
        <translation>Справка к встрече: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="66"/>
        <source>%1 — %2, influence %3</source>
        <translation>%1 — %2, влияние %3</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="72"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="73"/>
        <source>None</source>
        <translation>Никого</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="81"/>
        <source>The brief is internal: it prints the dossier (attitudes, concerns, family). Do not give it to the client.</source>
        <translation>Справка внутренняя: в ней печатается досье (отношение, опасения, семья). Не передавайте её клиенту.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="96"/>
        <source>Date of the meeting:</source>
        <translation>Дата встречи:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="98"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="104"/>
        <source>Who comes to the meeting:</source>
        <translation>Кто будет на встрече:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="126"/>
        <source>Choose at least one attendee.</source>
        <translation>Выберите хотя бы одного участника.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="160"/>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="192"/>
        <source>Cannot make the brief</source>
        <translation>Не удалось подготовить справку</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="171"/>
        <source>Save the meeting brief</source>
        <translation>Сохранить справку к встрече</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="173"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="200"/>
        <source>Meeting brief</source>
        <translation>Справка к встрече</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="201"/>
        <source>Writing the brief…</source>
        <translation>Справка записывается…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="221"/>
        <source>Cannot open</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="222"/>
        <source>No application opens %1.</source>
        <translation>Нет приложения, которое открывает %1.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="231"/>
        <source>Brief</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="255"/>
        <source>Meeting brief…</source>
        <translation>Справка к встрече…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/meeting_brief_dialog.py" line="258"/>
        <source>A printable brief for a meeting with this client (internal)</source>
        <translation>Справка для печати к встрече с этим клиентом (для внутреннего пользования)</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="62"/>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="75"/>
        <source>no share</source>
        <translation>доля не указана</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="63"/>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="76"/>
        <source>below key</source>
        <translation>ниже ключевой</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="64"/>
        <source>key 30–55 %</source>
        <translation>ключевая 30–55 %</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="65"/>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="78"/>
        <source>above key</source>
        <translation>выше ключевой</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="66"/>
        <source>mono-dependence &gt; 75 %</source>
        <translation>монозависимость &gt; 75 %</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="77"/>
        <source>key</source>
        <translation>ключевая</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="79"/>
        <source>mono-dependence</source>
        <translation>монозависимость</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="85"/>
        <source>not checked</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="86"/>
        <source>reliable</source>
        <translation>надёжный</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="87"/>
        <source>acceptable</source>
        <translation>приемлемый</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="88"/>
        <source>risky</source>
        <translation>рискованный</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="93"/>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="101"/>
        <source>mixed</source>
        <translation>разные валюты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="260"/>
        <source>Share</source>
        <translation>Доля продаж</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="261"/>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="272"/>
        <source>Reliability check: the result and how many days ago it was done</source>
        <translation>Проверка надёжности: результат и сколько дней назад она проведена</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="276"/>
        <source>Share of the account checks the decision group passes: roles covered, a champion, an executive sponsor, no influential opponent, key people in touch</source>
        <translation>Доля пройденных проверок ГПР: все роли заняты, есть союзник (чемпион), есть спонсор, нет влиятельного противника, с ключевыми людьми есть контакт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="236"/>
        <source>never</source>
        <translation>ни разу</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="258"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="259"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="270"/>
        <source>Share of our sales</source>
        <translation>Доля в наших продажах</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="262"/>
        <source>Open proposals</source>
        <translation>Открытые КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="263"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="264"/>
        <source>Coverage</source>
        <translation>Покрытие ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="295"/>
        <source>Portfolio — KAM Desktop</source>
        <translation>Портфель — KAM Desktop</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="300"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="304"/>
        <source>Any share</source>
        <translation>Любая доля</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="307"/>
        <source>No contact for more than</source>
        <translation>Нет контакта дольше</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="311"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="312"/>
        <source>Reliability check older than a year</source>
        <translation>Проверка надёжности старше года</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="317"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="320"/>
        <source>Share:</source>
        <translation>Доля:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="351"/>
        <source>Click a column header to sort; double-click a client to open the dossier. Key clients usually bring 30–55 % of sales; above 75 % is mono-dependence.</source>
        <translation>Щёлкните заголовок столбца, чтобы отсортировать; двойной щелчок открывает досье клиента. Ключевые клиенты обычно дают 30–55 % продаж; больше 75 % — монозависимость.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="386"/>
        <source>Clients: %1</source>
        <translation>Клиентов: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="443"/>
        <source>&amp;Portfolio</source>
        <translation>&amp;Портфель</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/portfolio_view.py" line="446"/>
        <source>Every client&apos;s account health: share, reliability, proposals, contact</source>
        <translation>Состояние каждого клиента: доля, надёжность, КП, контакты</translation>
    </message>
</context>
</TS>
