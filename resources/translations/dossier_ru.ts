<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../kam_desktop/gui/birthday_edit.py" line="52" />
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/birthday_edit.py" line="53" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/birthday_edit.py" line="55" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/birthday_edit.py" line="56" />
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/birthday_edit.py" line="62" />
        <source>year unknown</source>
        <translation>год неизвестен</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/birthday_edit.py" line="63" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/birthday_edit.py" line="88" />
        <source>birthday %1</source>
        <translation>день рождения %1</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="120" />
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="121" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="122" />
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="123" />
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="124" />
        <source>How obtained</source>
        <translation>Как получено</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="150" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="151" />
        <source>outdated · %1</source>
        <translation>устарело · %1</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="166" />
        <source>Consent to personal data — KAM Desktop</source>
        <translation>Согласие на обработку ПДн — KAM Desktop</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="171" />
        <source>Missing or outdated</source>
        <translation>Нет или устарело</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="172" />
        <source>No consent recorded</source>
        <translation>Без согласия на обработку ПДн</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="173" />
        <source>Outdated consent</source>
        <translation>Согласие устарело</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="180" />
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="208" />
        <source>Double-click a person to open their card and record the consent. Consent recorded without a date counts as recorded and is never outdated.</source>
        <translation>Двойной щелчок открывает карточку человека, чтобы записать согласие. Согласие без даты считается записанным и не устаревает.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="228" />
        <source>Outdated: older than %1 months (Settings → Today).</source>
        <translation>Устарело: старше %1 мес. (Настройки → Сегодня).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="231" />
        <source>Consent is never outdated: the period is 0.</source>
        <translation>Согласие не устаревает: срок — 0.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="233" />
        <source>People: %1</source>
        <translation>Людей: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="294" />
        <source>&amp;Consent to personal data…</source>
        <translation>&amp;Согласие на обработку ПДн…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/consent_view.py" line="297" />
        <source>People whose consent to keep personal data is missing or outdated</source>
        <translation>Люди, чьё согласие на обработку ПДн не записано или устарело</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../kam_desktop/gui/contacts_editor.py" line="20" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/contacts_editor.py" line="20" />
        <source>Label</source>
        <translation>Пометка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/contacts_editor.py" line="20" />
        <source>Phone, e-mail or messenger</source>
        <translation>Телефон, e-mail или мессенджер</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/contacts_editor.py" line="21" />
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
</context>
<context>
    <name>DecisionGroupTab</name>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="411" />
        <source>Delete member «%1»</source>
        <translation>удаление участника ГПР «%1»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="63" />
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="180" />
        <source>New member</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="64" />
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="409" />
        <source>Delete member</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="65" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="66" />
        <source>Revert</source>
        <translation>Отменить правки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="67" />
        <source>Add a member</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="71" />
        <source>Show only the people with no consent to keep their personal data recorded (neither a date nor how it was obtained)</source>
        <translation>Показать только людей без записанного согласия на обработку ПДн (нет ни даты, ни способа получения)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="108" />
        <source>No decision group yet — add the people who decide (executive, HR director, financier, technical specialist…).</source>
        <translation>Группа принятия решения (ГПР) пока пуста — добавьте тех, кто принимает решение (руководитель, директор по персоналу, финансист, технический специалист…).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="167" />
        <source>New member (Ctrl+Shift+N or Ins)</source>
        <translation>Новый участник (Ctrl+Shift+N или Ins)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="168" />
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="169" />
        <source>Delete member (Del)</source>
        <translation>Удалить участника (Del)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="184" />
        <source>Select a member to edit</source>
        <translation>Выберите участника ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="186" />
        <source>(unsaved changes)</source>
        <translation>(есть несохранённые изменения)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="261" />
        <source>No consent recorded (%1)</source>
        <translation>Без согласия на обработку ПДн (%1)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="317" />
        <source>the new member</source>
        <translation>новый участник</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="361" />
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="365" />
        <source>Not saved: someone else changed this person. Your edits are kept here.</source>
        <translation>Не сохранено: этого участника изменил другой пользователь. Ваши правки остались в форме.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="406" />
        <source>Delete «%1» from the decision group? Their contacts and family are deleted too. You can undo this (Ctrl+Z).</source>
        <translation>Удалить «%1» из группы принятия решения? Контакты и сведения о семье тоже будут удалены. Это можно отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="409" />
        <source>Cannot delete</source>
        <translation>Не удалось удалить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/decision_group_tab.py" line="448" />
        <source>Cannot add the role</source>
        <translation>Не удалось добавить роль</translation>
    </message>
</context>
<context>
    <name>DossierLabels</name>
    <message>
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="26" />
        <source>supporter</source>
        <translation>сторонник</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="27" />
        <source>neutral</source>
        <translation>нейтрален</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="28" />
        <source>sceptic</source>
        <translation>скептик</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="29" />
        <source>opponent</source>
        <translation>противник</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="39" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="40" />
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="49" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="41" />
        <source>messenger</source>
        <translation>мессенджер</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="47" />
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="48" />
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="50" />
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="51" />
        <source>event</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="75" />
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="77" />
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kam_desktop/gui/dossier_labels.py" line="86" />
        <source>in %n days</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyEditor</name>
    <message>
        <location filename="../../kam_desktop/gui/family_editor.py" line="63" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/family_editor.py" line="63" />
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/family_editor.py" line="63" />
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/family_editor.py" line="63" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/family_editor.py" line="64" />
        <source>Add family member</source>
        <translation>Добавить члена семьи</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/family_editor.py" line="34" />
        <location filename="../../kam_desktop/gui/family_editor.py" line="72" />
        <source>Day and month, year optional: 14.03 or 14.03.1975</source>
        <translation>День и месяц, год по желанию: 14.03 или 14.03.1975</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/family_editor.py" line="92" />
        <source>Enter the day and month, e.g. 14.03 or 14.03.1975.</source>
        <translation>Укажите день и месяц, например 14.03 или 14.03.1975.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/family_editor.py" line="18" />
        <source>DD.MM or DD.MM.YYYY</source>
        <translation>ДД.ММ или ДД.ММ.ГГГГ</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="68" />
        <source>New interaction</source>
        <translation>Новое взаимодействие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="68" />
        <source>Edit interaction</source>
        <translation>Изменить взаимодействие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="84" />
        <source>What was discussed and agreed</source>
        <translation>Что обсудили и о чём договорились</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="87" />
        <source>e.g. send the proposal, call to confirm receipt</source>
        <translation>например, отправить КП, позвонить и уточнить, получено ли</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="89" />
        <source>by</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="42" />
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="100" />
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="43" />
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="101" />
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="44" />
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="45" />
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="102" />
        <source>Participants:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="46" />
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="103" />
        <source>Summary:</source>
        <translation>Содержание:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="47" />
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="104" />
        <source>Next step:</source>
        <translation>Следующий шаг:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="48" />
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="105" />
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="118" />
        <source>Client's decision group</source>
        <translation>ГПР клиента</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="122" />
        <source>Our team</source>
        <translation>Наша рабочая группа</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="181" />
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="231" />
        <source>interaction of %1</source>
        <translation>взаимодействие от %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_dialog.py" line="218" />
        <source>Not saved: someone else changed this interaction. Your edits are kept.</source>
        <translation>Не сохранено: это взаимодействие изменил другой пользователь. Ваши правки сохранились в окне.</translation>
    </message>
</context>
<context>
    <name>InteractionModel</name>
    <message>
        <location filename="../../kam_desktop/gui/interaction_model.py" line="69" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_model.py" line="70" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_model.py" line="71" />
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_model.py" line="72" />
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_model.py" line="73" />
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_model.py" line="74" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interaction_model.py" line="109" />
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
</context>
<context>
    <name>InteractionsTab</name>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="253" />
        <source>Delete interaction of %1</source>
        <translation>удаление взаимодействия от %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="48" />
        <source>New interaction</source>
        <translation>Новое взаимодействие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="49" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="50" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="51" />
        <source>Record an interaction</source>
        <translation>Записать взаимодействие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="79" />
        <source>No interactions yet — record meetings, calls and letters with the client's people and the next step you agreed.</source>
        <translation>Взаимодействий пока нет — записывайте встречи, звонки и письма с людьми клиента и согласованный следующий шаг.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="131" />
        <source>New interaction (Ctrl+Shift+N or Ins)</source>
        <translation>Новое взаимодействие (Ctrl+Shift+N или Ins)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="132" />
        <source>Edit the selected interaction (Enter)</source>
        <translation>Изменить выбранное взаимодействие (Enter)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="133" />
        <source>Delete the selected interaction (Del)</source>
        <translation>Удалить выбранное взаимодействие (Del)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="142" />
        <source>Select an interaction to read it in full; double-click to edit.</source>
        <translation>Выберите взаимодействие, чтобы прочитать его полностью; двойной щелчок — изменить.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="157" />
        <source>Next step:</source>
        <translation>Следующий шаг:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="248" />
        <source>Delete the interaction of %1 («%2»)? You can undo this (Ctrl+Z).</source>
        <translation>Удалить взаимодействие от %1 («%2»)? Это можно отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="252" />
        <source>Delete interaction</source>
        <translation>Удаление взаимодействия</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/interactions_tab.py" line="252" />
        <source>Cannot delete</source>
        <translation>Не удалось удалить</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="127" />
        <source>e.g. worried about the deadlines, doubts that the ROI is real</source>
        <translation>например, опасается срыва сроков, сомневается в окупаемости</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="131" />
        <source>They choose the «answers to your concerns» in this person's proposals; never printed.</source>
        <translation>По ним в КП для этого человека подбираются «ответы на ваши опасения»; сами опасения не печатаются.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="136" />
        <source>known</source>
        <translation>известен</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="141" />
        <source>given on</source>
        <translation>получено</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="144" />
        <source>No consent recorded. Personal data (birthday, family, hobbies) may be kept only with the person's consent (152-FZ, GDPR).</source>
        <translation>Согласие не записано. Персональные данные (день рождения, семья, увлечения) можно хранить только с согласия человека (152-ФЗ, GDPR).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="157" />
        <source>low</source>
        <translation>низкое</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="158" />
        <source>limited</source>
        <translation>ограниченное</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="159" />
        <source>moderate</source>
        <translation>среднее</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="160" />
        <source>high</source>
        <translation>высокое</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="161" />
        <source>decisive</source>
        <translation>решающее</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="165" />
        <source>From the patronymic</source>
        <translation>По отчеству</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="166" />
        <source>Male</source>
        <translation>Мужской — «Уважаемый»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="167" />
        <source>Female</source>
        <translation>Женский — «Уважаемая»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="173" />
        <source>Surname, first name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="175" />
        <source>e.g. analytical, quick, seeks consensus</source>
        <translation>например, аналитик, решает быстро, ищет консенсус</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="177" />
        <source>e.g. phone, Telegram, e-mail</source>
        <translation>например, телефон, Telegram, e-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="178" />
        <source>e.g. mornings before 10:00</source>
        <translation>например, утром до 10:00</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="180" />
        <source>e.g. signed consent form, e-mail of 12.03.2025</source>
        <translation>например, подписанное согласие, письмо от 12.03.2025</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="183" />
        <source>Hobbies and interests: sport, books, travel…</source>
        <translation>Хобби и интересы: спорт, книги, путешествия…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="184" />
        <source>What matters to them: family, career, reliability…</source>
        <translation>Что для человека важно: семья, карьера, надёжность…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="185" />
        <source>Gifts, food, drinks, topics they enjoy</source>
        <translation>Подарки, еда, напитки, любимые темы</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="186" />
        <source>What to avoid giving or offering</source>
        <translation>Чего не дарить и не предлагать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="187" />
        <source>Topics not to raise</source>
        <translation>О чём не заговаривать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="188" />
        <source>Anything else worth knowing</source>
        <translation>Всё, что ещё стоит знать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="201" />
        <source>Business</source>
        <translation>Деловые сведения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="59" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="203" />
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="67" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="209" />
        <source>Greeting:</source>
        <translation>Обращение:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="60" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="210" />
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="61" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="211" />
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="62" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="212" />
        <source>Role in the decision:</source>
        <translation>Роль в ГПР:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="63" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="213" />
        <source>Influence:</source>
        <translation>Влияние:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="64" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="214" />
        <source>Attitude to us:</source>
        <translation>Отношение к нам:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="65" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="215" />
        <source>Decision style:</source>
        <translation>Стиль решений:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="66" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="223" />
        <source>Concerns / objections:</source>
        <translation>Опасения / возражения:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="68" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="224" />
        <source>Reports to:</source>
        <translation>Подчиняется:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="81" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="225" />
        <source>Last contact:</source>
        <translation>Последний контакт:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="69" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="228" />
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="70" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="233" />
        <source>Preferred channel:</source>
        <translation>Удобный канал:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="71" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="237" />
        <source>Preferred time:</source>
        <translation>Удобное время:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="240" />
        <source>Personal</source>
        <translation>Личное</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="72" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="242" />
        <source>Birthday:</source>
        <translation>День рождения:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="73" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="243" />
        <source>Wedding anniversary:</source>
        <translation>Годовщина свадьбы:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="75" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="245" />
        <source>Hobbies:</source>
        <translation>Хобби и интересы:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="76" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="246" />
        <source>Values:</source>
        <translation>Ценности:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="77" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="247" />
        <source>Likes:</source>
        <translation>Предпочтения:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="78" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="248" />
        <source>Dislikes:</source>
        <translation>Антипатии:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="79" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="249" />
        <source>Topics to avoid:</source>
        <translation>Запретные темы:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="80" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="250" />
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="74" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="256" />
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="260" />
        <source>Consent to keep personal data</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="82" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="263" />
        <source>Consent:</source>
        <translation>Согласие:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="83" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="264" />
        <source>How obtained:</source>
        <translation>Как получено:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="388" />
        <source>(the patronymic does not tell: choose male or female)</source>
        <translation>(по отчеству не определить — выберите обращение)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="407" />
        <source>values: %1</source>
        <translation>ценности: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="409" />
        <source>concerns: %1</source>
        <translation>опасения: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="411" />
        <source>Recognised for tailoring — %1</source>
        <translation>Для подбора аргументов распознано — %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="413" />
        <source>Nothing here matches the library's values and concerns yet.</source>
        <translation>Пока ничего не совпадает с ценностями и опасениями из библиотеки.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="454" />
        <source>Add role…</source>
        <translation>Добавить роль…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="485" />
        <source>— nobody in the group —</source>
        <translation>— никому из ГПР —</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_editor.py" line="513" />
        <location filename="../../kam_desktop/gui/member_editor.py" line="520" />
        <source>Choose both the day and the month (the year is optional).</source>
        <translation>Укажите и день, и месяц (год — по желанию).</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="75" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="76" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="77" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="78" />
        <source>Influence</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="79" />
        <source>Attitude</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="80" />
        <source>Reports to</source>
        <translation>Подчиняется</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="81" />
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="82" />
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="83" />
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="200" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="202" />
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="207" />
        <source>outdated · %1</source>
        <translation>устарело · %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="214" />
        <source>No consent recorded. Personal data (birthday, family, hobbies) may be kept only with the person's consent (152-FZ, GDPR).</source>
        <translation>Согласие не записано. Персональные данные (день рождения, семья, увлечения) можно хранить только с согласия человека (152-ФЗ, GDPR).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="218" />
        <source>Recorded without a date: %1</source>
        <translation>Записано без даты: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="220" />
        <source>Obtained: %1</source>
        <translation>Получено: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="223" />
        <source>Older than %1 months: ask for it again.</source>
        <translation>Старше %1 мес.: запросите заново.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="231" />
        <source>Valid through %1</source>
        <translation>Действует по %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/member_table_model.py" line="237" />
        <source>Influence %1 of 5</source>
        <translation>Влияние: %1 из 5</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../kam_desktop/gui/prompts.py" line="89" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/prompts.py" line="92" />
        <source>Save the changes to {what}?</source>
        <translation>Сохранить изменения в карточке «{what}»?</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/prompts.py" line="162" />
        <source>New role in the decision</source>
        <translation>Новая роль в ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/prompts.py" line="165" />
        <source>e.g. заместитель директора</source>
        <translation>например, заместитель директора</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/prompts.py" line="167" />
        <source>e.g. deputy director</source>
        <translation>например, deputy director</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/prompts.py" line="174" />
        <source>Name in Russian:</source>
        <translation>Название по-русски:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/prompts.py" line="175" />
        <source>Name in English:</source>
        <translation>Название по-английски:</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../kam_desktop/gui/rows_editor.py" line="52" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/rows_editor.py" line="179" />
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
</TS>