import { z } from 'zod';
import { crudContract } from '../ipc/contracts/crud';
import { Done, IdInput } from './common';
import {
  apprenticeshipSchemas,
  BaseYearStat,
  BaseYearStatQuery,
  BaseYearStatUpsert,
  internshipBaseSchemas,
  orderClassSchemas,
} from './programmes';
import {
  cert1xSchemas,
  coBuiltMajorSchemas,
  industryCollegeSchemas,
  partTimeTeacherSchemas,
  teacherPracticeSchemas,
} from './programmeStaffing';

// The programme channels: six per kind (typed by that kind's schemas) and three for the
// yearly figures of internship bases. Spread into the contract at the [programmes] marker.

const internshipBases = crudContract(internshipBaseSchemas);
const orderClasses = crudContract(orderClassSchemas);
const apprenticeships = crudContract(apprenticeshipSchemas);
const industryColleges = crudContract(industryCollegeSchemas);
const coBuiltMajors = crudContract(coBuiltMajorSchemas);
const partTimeTeachers = crudContract(partTimeTeacherSchemas);
const teacherPractices = crudContract(teacherPracticeSchemas);
const cert1x = crudContract(cert1xSchemas);

export const PROGRAMME_CONTRACT = {
  'programmes:listInternshipBases': internshipBases.list,
  'programmes:getInternshipBase': internshipBases.get,
  'programmes:createInternshipBase': internshipBases.create,
  'programmes:updateInternshipBase': internshipBases.update,
  'programmes:deleteInternshipBase': internshipBases.delete,
  'programmes:restoreInternshipBase': internshipBases.restore,
  'programmes:listOrderClasses': orderClasses.list,
  'programmes:getOrderClass': orderClasses.get,
  'programmes:createOrderClass': orderClasses.create,
  'programmes:updateOrderClass': orderClasses.update,
  'programmes:deleteOrderClass': orderClasses.delete,
  'programmes:restoreOrderClass': orderClasses.restore,
  'programmes:listApprenticeships': apprenticeships.list,
  'programmes:getApprenticeship': apprenticeships.get,
  'programmes:createApprenticeship': apprenticeships.create,
  'programmes:updateApprenticeship': apprenticeships.update,
  'programmes:deleteApprenticeship': apprenticeships.delete,
  'programmes:restoreApprenticeship': apprenticeships.restore,
  'programmes:listIndustryColleges': industryColleges.list,
  'programmes:getIndustryCollege': industryColleges.get,
  'programmes:createIndustryCollege': industryColleges.create,
  'programmes:updateIndustryCollege': industryColleges.update,
  'programmes:deleteIndustryCollege': industryColleges.delete,
  'programmes:restoreIndustryCollege': industryColleges.restore,
  'programmes:listCoBuiltMajors': coBuiltMajors.list,
  'programmes:getCoBuiltMajor': coBuiltMajors.get,
  'programmes:createCoBuiltMajor': coBuiltMajors.create,
  'programmes:updateCoBuiltMajor': coBuiltMajors.update,
  'programmes:deleteCoBuiltMajor': coBuiltMajors.delete,
  'programmes:restoreCoBuiltMajor': coBuiltMajors.restore,
  'programmes:listPartTimeTeachers': partTimeTeachers.list,
  'programmes:getPartTimeTeacher': partTimeTeachers.get,
  'programmes:createPartTimeTeacher': partTimeTeachers.create,
  'programmes:updatePartTimeTeacher': partTimeTeachers.update,
  'programmes:deletePartTimeTeacher': partTimeTeachers.delete,
  'programmes:restorePartTimeTeacher': partTimeTeachers.restore,
  'programmes:listTeacherPractices': teacherPractices.list,
  'programmes:getTeacherPractice': teacherPractices.get,
  'programmes:createTeacherPractice': teacherPractices.create,
  'programmes:updateTeacherPractice': teacherPractices.update,
  'programmes:deleteTeacherPractice': teacherPractices.delete,
  'programmes:restoreTeacherPractice': teacherPractices.restore,
  'programmes:listCert1x': cert1x.list,
  'programmes:getCert1x': cert1x.get,
  'programmes:createCert1x': cert1x.create,
  'programmes:updateCert1x': cert1x.update,
  'programmes:deleteCert1x': cert1x.delete,
  'programmes:restoreCert1x': cert1x.restore,
  'programmes:listBaseYearStats': { input: BaseYearStatQuery, output: z.array(BaseYearStat) },
  'programmes:upsertBaseYearStat': { input: BaseYearStatUpsert, output: BaseYearStat },
  'programmes:deleteBaseYearStat': { input: IdInput, output: Done },
} as const;
