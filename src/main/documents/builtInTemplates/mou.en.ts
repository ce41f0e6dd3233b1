import type { TemplateBody } from '@shared/domain/document';

// English Memorandum of Understanding (international partners, foreign-invested
// enterprises). Party A is the college, Party B the partner; more parties sign alike.
export const mouEn: TemplateBody = {
  title: 'Memorandum of Understanding on School–Enterprise Cooperation',
  preamble: `This Memorandum of Understanding ("MoU") is made between {甲方全称} ("Party A") and {乙方全称} ("Party B"), each a "Party" and together the "Parties". Recognising the value of combining vocational education with industry practice, the Parties wish to establish a long-term partnership on the terms set out below.`,
  clauses: [
    {
      heading: 'Purpose',
      body: `The purpose of this MoU is to set out the framework within which the Parties will cooperate in talent development, student internships, staff exchange and applied research in the fields of {合作专业}.`,
    },
    {
      heading: 'Areas of Cooperation',
      body: `1. **Internships**: Party B will host students of Party A for internships and work placements, with suitable supervision, working conditions and occupational safety.
2. **Curriculum**: the Parties will jointly develop curricula, teaching materials and training standards that reflect current industry practice.
3. **Staff exchange**: Party B experts may serve as visiting lecturers or practice mentors at Party A; Party A teachers may undertake industry placements at Party B.
4. **Recruitment**: Party B will give priority consideration to qualified graduates of Party A.
5. **Training and research**: Party A will offer staff training, technical consultancy and joint research to Party B.`,
    },
    {
      heading: 'Responsibilities of Party A',
      body: `- Select and prepare students for placements, including safety and conduct briefings.
- Arrange student internship liability insurance for every intern.
- Appoint academic supervisors who keep regular contact with Party B.`,
    },
    {
      heading: 'Responsibilities of Party B',
      body: `- Provide placements, workplace mentors, safety training and protective equipment.
- Pay interns a reasonable allowance and charge no fees or deposits of any kind.
- Keep working hours within statutory limits and assign no hazardous work to students.`,
    },
    {
      heading: 'Financial Arrangements',
      body: `Unless otherwise agreed in writing, each Party bears its own costs. Where funding is provided for a specific activity, the amount of {金额(小写)} and its use will be set out in a separate written agreement.`,
    },
    {
      heading: 'Confidentiality and Intellectual Property',
      body: `Each Party shall keep confidential any non-public information received from the other Party and any personal data of students. Ownership of intellectual property created jointly will be agreed in writing before the work begins.`,
    },
    {
      heading: 'Term and Termination',
      body: `This MoU takes effect on {生效日期} and remains in force until {终止日期} ({期限(年)} years). It may be renewed by written agreement of the Parties. Either Party may terminate it by giving three months' written notice; activities already in progress will be completed unless the Parties agree otherwise.`,
    },
    {
      heading: 'Nature of this MoU',
      body: `This MoU expresses the Parties' shared intentions. Specific activities will be governed by separate agreements that refer to it. Disputes shall be settled amicably through consultation.`,
    },
  ],
  closing: `This MoU is executed in {份数} originals, each Party holding {各执份数}, all of which have equal validity.`,
};
