<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AgendaSettingsBox</name>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="55"/>
        <source>Stay in touch and follow-up</source>
        <translation>Поддержание контакта и сопровождение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="58"/>
        <source>Influence from</source>
        <translation>Влияние от</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="61"/>
        <source>Every</source>
        <translation>Раз в</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="72"/>
        <source>Add rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="73"/>
        <source>Remove rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="82"/>
        <location filename="../../kam_desktop/gui/today_settings.py" line="148"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="86"/>
        <source>Each morning, list what is due in a tray message</source>
        <translation>Каждое утро показывать в области уведомлений, что нужно сделать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="91"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="92"/>
        <source>no reminder</source>
        <translation>не напоминать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="97"/>
        <source>People whose consent to keep their personal data is older than this appear in Today as «Renew consent» (0: no reminder).</source>
        <translation>Люди, чьё согласие на обработку ПДн старше этого срока, появляются в «Сегодня» как «Обновить согласие» (0 — не напоминать).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="110"/>
        <source>Stay in touch: people of at least this influence at clients of the ticked statuses appear in Today when not contacted for this many days (the shortest matching rule applies; each recorded interaction resets it).</source>
        <translation>Поддерживать контакт: участники ГПР с влиянием не ниже указанного у клиентов с отмеченными статусами появляются на странице «Сегодня», если с ними не было контакта столько дней (действует самое короткое подходящее правило; каждое записанное взаимодействие начинает отсчёт заново).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="119"/>
        <source>Reminder before validity ends:</source>
        <translation>Напомнить до окончания срока действия КП:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="121"/>
        <source>Remind about consent older than:</source>
        <translation>Напоминать о согласии старше:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="131"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_settings.py" line="193"/>
        <source>Rule {rows}: tick at least one client status.</source>
        <translation>Правило {rows}: отметьте хотя бы один статус клиента.</translation>
    </message>
</context>
<context>
    <name>DailyNotifier</name>
    <message>
        <location filename="../../kam_desktop/gui/today_tray.py" line="37"/>
        <source>Today: {count} to act on</source>
        <translation>Сегодня: сделать {count}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_tray.py" line="41"/>
        <source>({overdue} overdue)</source>
        <translation>(просрочено: {overdue})</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_tray.py" line="47"/>
        <source>…and {more} more in Today (Ctrl+T)</source>
        <translation>…и ещё {more} на странице «Сегодня» (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_tray.py" line="95"/>
        <source>Show Today</source>
        <translation>Показать «Сегодня»</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/today_dialogs.py" line="59"/>
        <source>Mark the step done</source>
        <translation>Отметить шаг выполненным</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_dialogs.py" line="61"/>
        <source>What came of it, what was agreed</source>
        <translation>Чем закончилось, о чём договорились</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_dialogs.py" line="70"/>
        <source>It is recorded in the client&apos;s interactions; Ctrl+Z takes it back.</source>
        <translation>Результат запишется во взаимодействия клиента; Ctrl+Z отменит.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_dialogs.py" line="75"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_dialogs.py" line="76"/>
        <source>How:</source>
        <translation>Как:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_dialogs.py" line="77"/>
        <source>Done on:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_dialogs.py" line="82"/>
        <source>Mark done</source>
        <translation>Выполнено</translation>
    </message>
</context>
<context>
    <name>MoveStepDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/today_dialogs.py" line="101"/>
        <source>Move the step</source>
        <translation>Перенести шаг</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_dialogs.py" line="106"/>
        <source>Due now:</source>
        <translation>Сейчас срок:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_dialogs.py" line="107"/>
        <source>New date:</source>
        <translation>Новая дата:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_dialogs.py" line="111"/>
        <source>Move</source>
        <translation>Перенести</translation>
    </message>
</context>
<context>
    <name>TodayController</name>
    <message>
        <location filename="../../kam_desktop/gui/today_controller.py" line="87"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_controller.py" line="90"/>
        <source>What to act on today: birthdays, proposals, next steps</source>
        <translation>Что сделать сегодня: дни рождения, КП, следующие шаги</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_controller.py" line="301"/>
        <source>Mark done «{step}»</source>
        <translation>Выполнено: «{step}»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_controller.py" line="306"/>
        <source>Done: recorded in the interactions of «{client}». Ctrl+Z takes it back.</source>
        <translation>Выполнено: записано во взаимодействия «{client}». Ctrl+Z отменит.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_controller.py" line="333"/>
        <source>Move «{step}»</source>
        <translation>Перенос: «{step}»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_controller.py" line="338"/>
        <source>Moved. Ctrl+Z takes it back.</source>
        <translation>Перенесено. Ctrl+Z отменит.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="67"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="68"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="69"/>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="70"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="71"/>
        <source>Tenders in preparation</source>
        <translation>Идёт подготовка к тендеру</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="72"/>
        <source>Consent to renew</source>
        <translation>Обновить согласие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="78"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="79"/>
        <source>Proposal expires</source>
        <translation>КП истекает</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="80"/>
        <source>Proposal expired</source>
        <translation>КП истекло</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="81"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="82"/>
        <source>Tender</source>
        <translation>Тендер</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="83"/>
        <source>Stay in touch</source>
        <translation>Давно нет контакта</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="84"/>
        <source>Renew consent</source>
        <translation>Обновить согласие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="116"/>
        <source>never</source>
        <translation>не было</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="117"/>
        <source>{name} — last contact {when}, every {days} days</source>
        <translation>{name} — последний контакт: {when}, раз в {days} дн.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="124"/>
        <source>{title} — preparing since {start}</source>
        <translation>{title} — подготовка с {start}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="126"/>
        <source>{title} — preparation starts; the tender is on {date}</source>
        <translation>{title} — начать подготовку; тендер {date}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="131"/>
        <source>{name} — consent of {date} is past its {months}-month period</source>
        <translation>{name} — согласию от {date} больше {months} мес.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="139"/>
        <source>{title} — still open after its validity date</source>
        <translation>{title} — срок действия истёк, КП не закрыто</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="150"/>
        <source>{name} ({relation} of {member})</source>
        <translation>{name} ({relation}, {member})</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="152"/>
        <source>{name} ({member})</source>
        <translation>{name} ({member})</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="158"/>
        <source>{who} — turns {age}</source>
        <translation>{who} — исполняется {age}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="255"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="256"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="257"/>
        <source>Details</source>
        <translation>Подробно</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="258"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_model.py" line="305"/>
        <source>{what}
Obtained: {how}</source>
        <translation>{what}
Получено: {how}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="68"/>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="73"/>
        <source>Proposals</source>
        <translation>КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="76"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="77"/>
        <source>Read the items again (F5)</source>
        <translation>Прочитать заново (F5)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="89"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="90"/>
        <source>Open the client where this is acted on (Enter)</source>
        <translation>Открыть клиента там, где это делается (Enter)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="91"/>
        <source>Mark done…</source>
        <translation>Выполнено…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="92"/>
        <source>Move…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="99"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="100"/>
        <source>Import dossier…</source>
        <translation>Импорт досье…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="101"/>
        <source>Load demo dossier</source>
        <translation>Загрузить демо-досье</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="105"/>
        <source>Reading what is due…</source>
        <translation>Читаем, что нужно сделать…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="164"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="175"/>
        <source>Double-click an item to open it where it is acted on.</source>
        <translation>Двойной щелчок открывает пункт там, где с ним работают.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="241"/>
        <source>Nothing due</source>
        <translation>Ничего не запланировано</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="244"/>
        <source>No birthdays, expiring proposals, next steps, tenders or people to call in the next {days} days. Open a client on the left to plan the next step, or add a client.</source>
        <translation>В ближайшие {days} дней нет ни дней рождения, ни истекающих КП, ни следующих шагов, ни тендеров, ни людей, которым пора позвонить. Откройте клиента слева, чтобы запланировать следующий шаг, или добавьте клиента.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="250"/>
        <source>No clients yet</source>
        <translation>Клиентов пока нет</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="253"/>
        <source>Today lists what to act on: birthdays, expiring proposals, next steps, tenders and people not contacted for a while. Create your first client, import a colleague&apos;s dossier, or load the demo to see how it works.</source>
        <translation>Здесь будет то, что нужно сделать: дни рождения, истекающие КП, следующие шаги, тендеры и люди, с которыми давно не было контакта. Создайте первого клиента, импортируйте досье коллеги или загрузите демо, чтобы посмотреть, как это работает.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="265"/>
        <source>Today, {date}</source>
        <translation>Сегодня, {date}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="269"/>
        <source>overdue: {n}</source>
        <translation>просрочено: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="270"/>
        <source>today: {n}</source>
        <translation>сегодня: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="271"/>
        <source>this week: {n}</source>
        <translation>на этой неделе: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="276"/>
        <source>shown: {shown} of {total}</source>
        <translation>показано: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="279"/>
        <source>among them {parts}</source>
        <translation>из них {parts}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="285"/>
        <source>show all</source>
        <translation>показать все</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/today_page.py" line="290"/>
        <source>{kind}: the first {shown} of {total} are shown — {link}</source>
        <translation>{kind}: показаны первые {shown} из {total} — {link}</translation>
    </message>
</context>
</TS>
