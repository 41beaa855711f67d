// Longer than 300 lines on purpose: the permission matrix is one table written out by hand, every role against every action and place, so that it can be read whole.
package org.jinguo.platform.security;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.bridge.model.AidKind;
import org.jinguo.bridge.model.CourseKind;
import org.jinguo.bridge.model.HardshipReason;
import org.jinguo.bridge.model.LegalTopic;
import org.jinguo.bridge.model.OrderMove;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.bridge.model.WorkHours;
import org.jinguo.bridge.service.AidForms;
import org.jinguo.bridge.service.AidService;
import org.jinguo.bridge.service.ConsultationForm;
import org.jinguo.bridge.service.ConsultationService;
import org.jinguo.bridge.service.CourseForm;
import org.jinguo.bridge.service.CourseService;
import org.jinguo.bridge.service.EmployerForm;
import org.jinguo.bridge.service.JobService;
import org.jinguo.bridge.service.LegalPlanForm;
import org.jinguo.bridge.service.LegalService;
import org.jinguo.bridge.service.NeedForm;
import org.jinguo.bridge.service.OrderFilter;
import org.jinguo.bridge.service.OrderService;
import org.jinguo.bridge.service.PaidHelpForm;
import org.jinguo.bridge.service.PaidHelpService;
import org.jinguo.bridge.service.PositionForm;
import org.jinguo.bridge.service.ProviderAccountService;
import org.jinguo.bridge.service.ProviderDeskService;
import org.jinguo.bridge.service.ProviderForm;
import org.jinguo.bridge.service.ProviderService;
import org.jinguo.bridge.service.SeekerForm;
import org.jinguo.bridge.service.ServiceMenuService;
import org.jinguo.childcare.model.ChildCategory;
import org.jinguo.childcare.model.TeamRole;
import org.jinguo.childcare.service.CareService;
import org.jinguo.childcare.service.CaseRegistry;
import org.jinguo.childcare.service.CaseService;
import org.jinguo.childcare.service.ChildFigures;
import org.jinguo.childcare.service.CounsellingService;
import org.jinguo.childcare.service.RegistrationForm;
import org.jinguo.childcare.service.VisitForm;
import org.jinguo.admin.service.AccountService;
import org.jinguo.admin.service.AuditFilter;
import org.jinguo.admin.service.AuditService;
import org.jinguo.admin.service.NewUserForm;
import org.jinguo.incubation.service.BookingForm;
import org.jinguo.incubation.service.CriterionForm;
import org.jinguo.incubation.service.OrgForm;
import org.jinguo.incubation.service.OrganisationService;
import org.jinguo.incubation.service.PipelineService;
import org.jinguo.incubation.service.RoomForm;
import org.jinguo.incubation.service.StepForm;
import org.jinguo.incubation.service.SupportService;
import org.jinguo.notice.model.NoticeKind;
import org.jinguo.notice.service.MemberNoticeService;
import org.jinguo.notice.service.NoticeForm;
import org.jinguo.notice.service.NoticeService;
import org.jinguo.notice.service.ReceiptFilter;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.service.ContactService;
import org.jinguo.organisation.service.CouncilService;
import org.jinguo.organisation.service.CoverageService;
import org.jinguo.organisation.service.DutyService;
import org.jinguo.organisation.service.HolderImport;
import org.jinguo.organisation.service.TermForm;
import org.jinguo.organisation.service.TermService;
import org.jinguo.person.service.PersonService;
import org.jinguo.person.service.SensitiveField;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.purchase.service.ContractForm;
import org.jinguo.purchase.service.ContractService;
import org.jinguo.purchase.service.DeliveryForm;
import org.jinguo.testsupport.SignedInAs.ThrowingRunnable;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.service.ActivityForm;
import org.jinguo.volunteer.service.ActivityService;
import org.jinguo.volunteer.service.HoursService;
import org.jinguo.volunteer.service.TeamForm;
import org.jinguo.volunteer.service.TeamService;
import org.jinguo.volunteer.service.VolunteerFilter;
import org.jinguo.volunteer.service.VolunteerForm;
import org.jinguo.volunteer.service.VolunteerImport;
import org.jinguo.volunteer.service.VolunteerPortalService;
import org.jinguo.volunteer.service.VolunteerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix, proven on the server: for every role, a user of a fresh street ("own") tries
 * every service action on the records of her own unit, of a community below it ("child"), of a sibling
 * street and of the parent (the district). The expected outcome of each is written out below, by hand,
 * from the permission matrix the administrators see; a refusal by a business rule after the permission
 * check counts as allowed. Every later feature adds its actions here.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final String EXPECTED = """
            DISTRICT_ADMIN   unit.view        Y Y - -
            DISTRICT_ADMIN   unit.edit        Y Y - -
            DISTRICT_ADMIN   unit.addChild    Y Y - -
            DISTRICT_ADMIN   user.create      Y Y - -
            DISTRICT_ADMIN   person.view      Y Y - -
            DISTRICT_ADMIN   person.create    Y Y - -
            DISTRICT_ADMIN   person.edit      Y Y - -
            DISTRICT_ADMIN   person.reveal    Y Y - -
            DISTRICT_ADMIN   audit.read       - - - -
            DISTRICT_ADMIN   term.view        Y Y - -
            DISTRICT_ADMIN   term.create      Y Y - -
            DISTRICT_ADMIN   holder.add       Y Y - -
            DISTRICT_ADMIN   holder.import    Y Y - -
            DISTRICT_ADMIN   meeting.view     Y Y - -
            DISTRICT_ADMIN   meeting.add      Y Y - -
            DISTRICT_ADMIN   duty.add         Y Y - -
            DISTRICT_ADMIN   contact.add      Y Y - -
            DISTRICT_ADMIN   person.merge     Y Y - -
            DISTRICT_ADMIN   coverage.read    Y Y - -
            DISTRICT_ADMIN   notice.send      Y Y - -
            DISTRICT_ADMIN   notice.view      Y Y - -
            DISTRICT_ADMIN   notice.open      - - - -
            DISTRICT_ADMIN   list.export      Y Y Y Y
            DISTRICT_ADMIN   volunteer.view   Y Y - -
            DISTRICT_ADMIN   volunteer.add    Y Y - -
            DISTRICT_ADMIN   volunteer.signIn Y Y - -
            DISTRICT_ADMIN   team.create      Y Y - -
            DISTRICT_ADMIN   activity.create  Y Y - -
            DISTRICT_ADMIN   activity.signUp  Y Y - -
            DISTRICT_ADMIN   hours.totals     Y Y - -
            DISTRICT_ADMIN   volunteer.import Y Y Y Y
            DISTRICT_ADMIN   portal.signUp    - - - -
            DISTRICT_ADMIN   org.view         Y Y - -
            DISTRICT_ADMIN   org.apply        Y Y - -
            DISTRICT_ADMIN   org.move         Y Y - -
            DISTRICT_ADMIN   booking.create   Y Y - -
            DISTRICT_ADMIN   contract.create  Y Y - -
            DISTRICT_ADMIN   delivery.record  Y Y - -
            DISTRICT_ADMIN   criteria.manage  Y Y Y Y
            DISTRICT_ADMIN   order.view       Y Y - -
            DISTRICT_ADMIN   course.view      Y Y - -
            DISTRICT_ADMIN   job.seeker       Y Y - -
            DISTRICT_ADMIN   legal.view       Y Y - -
            DISTRICT_ADMIN   order.submit     Y Y - -
            DISTRICT_ADMIN   course.create    Y Y - -
            DISTRICT_ADMIN   course.enrol     Y Y - -
            DISTRICT_ADMIN   job.post         Y Y - -
            DISTRICT_ADMIN   job.refer        Y Y - -
            DISTRICT_ADMIN   legal.book       Y Y - -
            DISTRICT_ADMIN   legal.record     - - - -
            DISTRICT_ADMIN   aid.family       Y Y - -
            DISTRICT_ADMIN   aid.give         Y Y - -
            DISTRICT_ADMIN   paid.book        Y Y - -
            DISTRICT_ADMIN   order.move       Y Y - -
            DISTRICT_ADMIN   provider.register Y Y - -
            DISTRICT_ADMIN   menu.manage      Y Y Y Y
            DISTRICT_ADMIN   desk.orders      - - - -
            DISTRICT_ADMIN   case.register    - - - -
            DISTRICT_ADMIN   case.view        - - - -
            DISTRICT_ADMIN   case.identity    - - - -
            DISTRICT_ADMIN   case.approve     - - - -
            DISTRICT_ADMIN   case.sessions    - - - -
            DISTRICT_ADMIN   case.figures     Y Y - -
            DISTRICT_ADMIN   case.visit       - - - -
            DISTRICT_ADMIN   case.tutors      - - - -
            UNIT_ADMIN       unit.view        Y Y - -
            UNIT_ADMIN       unit.edit        - Y - -
            UNIT_ADMIN       unit.addChild    Y Y - -
            UNIT_ADMIN       user.create      Y Y - -
            UNIT_ADMIN       person.view      Y Y - -
            UNIT_ADMIN       person.create    Y Y - -
            UNIT_ADMIN       person.edit      Y Y - -
            UNIT_ADMIN       person.reveal    Y Y - -
            UNIT_ADMIN       audit.read       - - - -
            UNIT_ADMIN       term.view        Y Y - -
            UNIT_ADMIN       term.create      Y Y - -
            UNIT_ADMIN       holder.add       Y Y - -
            UNIT_ADMIN       holder.import    Y Y - -
            UNIT_ADMIN       meeting.view     Y Y - -
            UNIT_ADMIN       meeting.add      Y Y - -
            UNIT_ADMIN       duty.add         Y Y - -
            UNIT_ADMIN       contact.add      Y Y - -
            UNIT_ADMIN       person.merge     Y Y - -
            UNIT_ADMIN       coverage.read    Y Y - -
            UNIT_ADMIN       notice.send      Y Y - -
            UNIT_ADMIN       notice.view      Y Y - -
            UNIT_ADMIN       notice.open      - - - -
            UNIT_ADMIN       list.export      Y Y Y Y
            UNIT_ADMIN       volunteer.view   Y Y - -
            UNIT_ADMIN       volunteer.add    Y Y - -
            UNIT_ADMIN       volunteer.signIn Y Y - -
            UNIT_ADMIN       team.create      Y Y - -
            UNIT_ADMIN       activity.create  Y Y - -
            UNIT_ADMIN       activity.signUp  Y Y - -
            UNIT_ADMIN       hours.totals     Y Y - -
            UNIT_ADMIN       volunteer.import Y Y Y Y
            UNIT_ADMIN       portal.signUp    - - - -
            UNIT_ADMIN       org.view         Y Y - -
            UNIT_ADMIN       org.apply        Y Y - -
            UNIT_ADMIN       org.move         Y Y - -
            UNIT_ADMIN       booking.create   Y Y - -
            UNIT_ADMIN       contract.create  Y Y - -
            UNIT_ADMIN       delivery.record  Y Y - -
            UNIT_ADMIN       criteria.manage  - - - -
            UNIT_ADMIN       order.view       Y Y - -
            UNIT_ADMIN       course.view      Y Y - -
            UNIT_ADMIN       job.seeker       Y Y - -
            UNIT_ADMIN       legal.view       Y Y - -
            UNIT_ADMIN       order.submit     Y Y - -
            UNIT_ADMIN       course.create    Y Y - -
            UNIT_ADMIN       course.enrol     Y Y - -
            UNIT_ADMIN       job.post         Y Y - -
            UNIT_ADMIN       job.refer        Y Y - -
            UNIT_ADMIN       legal.book       Y Y - -
            UNIT_ADMIN       legal.record     - - - -
            UNIT_ADMIN       aid.family       Y Y - -
            UNIT_ADMIN       aid.give         Y Y - -
            UNIT_ADMIN       paid.book        Y Y - -
            UNIT_ADMIN       order.move       Y Y - -
            UNIT_ADMIN       provider.register Y Y - -
            UNIT_ADMIN       menu.manage      - - - -
            UNIT_ADMIN       desk.orders      - - - -
            UNIT_ADMIN       case.register    - - - -
            UNIT_ADMIN       case.view        - - - -
            UNIT_ADMIN       case.identity    - - - -
            UNIT_ADMIN       case.approve     - - - -
            UNIT_ADMIN       case.sessions    - - - -
            UNIT_ADMIN       case.figures     Y Y - -
            UNIT_ADMIN       case.visit       - - - -
            UNIT_ADMIN       case.tutors      - - - -
            STAFF            unit.view        Y Y - -
            STAFF            unit.edit        - - - -
            STAFF            unit.addChild    - - - -
            STAFF            user.create      - - - -
            STAFF            person.view      Y Y - -
            STAFF            person.create    Y Y - -
            STAFF            person.edit      Y Y - -
            STAFF            person.reveal    Y Y - -
            STAFF            audit.read       - - - -
            STAFF            term.view        Y Y - -
            STAFF            term.create      Y Y - -
            STAFF            holder.add       Y Y - -
            STAFF            holder.import    Y Y - -
            STAFF            meeting.view     Y Y - -
            STAFF            meeting.add      Y Y - -
            STAFF            duty.add         Y Y - -
            STAFF            contact.add      Y Y - -
            STAFF            person.merge     - - - -
            STAFF            coverage.read    Y Y - -
            STAFF            notice.send      Y Y - -
            STAFF            notice.view      Y Y - -
            STAFF            notice.open      - - - -
            STAFF            list.export      Y Y Y Y
            STAFF            volunteer.view   Y Y - -
            STAFF            volunteer.add    Y Y - -
            STAFF            volunteer.signIn Y Y - -
            STAFF            team.create      Y Y - -
            STAFF            activity.create  Y Y - -
            STAFF            activity.signUp  Y Y - -
            STAFF            hours.totals     Y Y - -
            STAFF            volunteer.import Y Y Y Y
            STAFF            portal.signUp    - - - -
            STAFF            org.view         Y Y - -
            STAFF            org.apply        Y Y - -
            STAFF            org.move         Y Y - -
            STAFF            booking.create   Y Y - -
            STAFF            contract.create  Y Y - -
            STAFF            delivery.record  Y Y - -
            STAFF            criteria.manage  - - - -
            STAFF            order.view       Y Y - -
            STAFF            course.view      Y Y - -
            STAFF            job.seeker       Y Y - -
            STAFF            legal.view       Y Y - -
            STAFF            order.submit     Y Y - -
            STAFF            course.create    Y Y - -
            STAFF            course.enrol     Y Y - -
            STAFF            job.post         Y Y - -
            STAFF            job.refer        Y Y - -
            STAFF            legal.book       Y Y - -
            STAFF            legal.record     - - - -
            STAFF            aid.family       Y Y - -
            STAFF            aid.give         Y Y - -
            STAFF            paid.book        Y Y - -
            STAFF            order.move       Y Y - -
            STAFF            provider.register Y Y - -
            STAFF            menu.manage      - - - -
            STAFF            desk.orders      - - - -
            STAFF            case.register    - - - -
            STAFF            case.view        - - - -
            STAFF            case.identity    - - - -
            STAFF            case.approve     - - - -
            STAFF            case.sessions    - - - -
            STAFF            case.figures     - - - -
            STAFF            case.visit       - - - -
            STAFF            case.tutors      - - - -
            READ_ONLY        unit.view        Y Y - -
            READ_ONLY        unit.edit        - - - -
            READ_ONLY        unit.addChild    - - - -
            READ_ONLY        user.create      - - - -
            READ_ONLY        person.view      Y Y - -
            READ_ONLY        person.create    - - - -
            READ_ONLY        person.edit      - - - -
            READ_ONLY        person.reveal    - - - -
            READ_ONLY        audit.read       - - - -
            READ_ONLY        term.view        Y Y - -
            READ_ONLY        term.create      - - - -
            READ_ONLY        holder.add       - - - -
            READ_ONLY        holder.import    - - - -
            READ_ONLY        meeting.view     Y Y - -
            READ_ONLY        meeting.add      - - - -
            READ_ONLY        duty.add         - - - -
            READ_ONLY        contact.add      - - - -
            READ_ONLY        person.merge     - - - -
            READ_ONLY        coverage.read    Y Y - -
            READ_ONLY        notice.send      - - - -
            READ_ONLY        notice.view      Y Y - -
            READ_ONLY        notice.open      - - - -
            READ_ONLY        list.export      - - - -
            READ_ONLY        volunteer.view   Y Y - -
            READ_ONLY        volunteer.add    - - - -
            READ_ONLY        volunteer.signIn - - - -
            READ_ONLY        team.create      - - - -
            READ_ONLY        activity.create  - - - -
            READ_ONLY        activity.signUp  - - - -
            READ_ONLY        hours.totals     Y Y - -
            READ_ONLY        volunteer.import - - - -
            READ_ONLY        portal.signUp    - - - -
            READ_ONLY        org.view         Y Y - -
            READ_ONLY        org.apply        - - - -
            READ_ONLY        org.move         - - - -
            READ_ONLY        booking.create   - - - -
            READ_ONLY        contract.create  - - - -
            READ_ONLY        delivery.record  - - - -
            READ_ONLY        criteria.manage  - - - -
            READ_ONLY        order.view       Y Y - -
            READ_ONLY        course.view      Y Y - -
            READ_ONLY        job.seeker       Y Y - -
            READ_ONLY        legal.view       Y Y - -
            READ_ONLY        order.submit     - - - -
            READ_ONLY        course.create    - - - -
            READ_ONLY        course.enrol     - - - -
            READ_ONLY        job.post         - - - -
            READ_ONLY        job.refer        - - - -
            READ_ONLY        legal.book       - - - -
            READ_ONLY        legal.record     - - - -
            READ_ONLY        aid.family       Y Y - -
            READ_ONLY        aid.give         - - - -
            READ_ONLY        paid.book        - - - -
            READ_ONLY        order.move       - - - -
            READ_ONLY        provider.register - - - -
            READ_ONLY        menu.manage      - - - -
            READ_ONLY        desk.orders      - - - -
            READ_ONLY        case.register    - - - -
            READ_ONLY        case.view        - - - -
            READ_ONLY        case.identity    - - - -
            READ_ONLY        case.approve     - - - -
            READ_ONLY        case.sessions    - - - -
            READ_ONLY        case.figures     - - - -
            READ_ONLY        case.visit       - - - -
            READ_ONLY        case.tutors      - - - -
            AUDITOR          unit.view        Y Y - -
            AUDITOR          unit.edit        - - - -
            AUDITOR          unit.addChild    - - - -
            AUDITOR          user.create      - - - -
            AUDITOR          person.view      - - - -
            AUDITOR          person.create    - - - -
            AUDITOR          person.edit      - - - -
            AUDITOR          person.reveal    - - - -
            AUDITOR          audit.read       Y Y - -
            AUDITOR          term.view        - - - -
            AUDITOR          term.create      - - - -
            AUDITOR          holder.add       - - - -
            AUDITOR          holder.import    - - - -
            AUDITOR          meeting.view     - - - -
            AUDITOR          meeting.add      - - - -
            AUDITOR          duty.add         - - - -
            AUDITOR          contact.add      - - - -
            AUDITOR          person.merge     - - - -
            AUDITOR          coverage.read    Y Y - -
            AUDITOR          notice.send      - - - -
            AUDITOR          notice.view      - - - -
            AUDITOR          notice.open      - - - -
            AUDITOR          list.export      Y Y Y Y
            AUDITOR          volunteer.view   - - - -
            AUDITOR          volunteer.add    - - - -
            AUDITOR          volunteer.signIn - - - -
            AUDITOR          team.create      - - - -
            AUDITOR          activity.create  - - - -
            AUDITOR          activity.signUp  - - - -
            AUDITOR          hours.totals     - - - -
            AUDITOR          volunteer.import - - - -
            AUDITOR          portal.signUp    - - - -
            AUDITOR          org.view         - - - -
            AUDITOR          org.apply        - - - -
            AUDITOR          org.move         - - - -
            AUDITOR          booking.create   - - - -
            AUDITOR          contract.create  - - - -
            AUDITOR          delivery.record  - - - -
            AUDITOR          criteria.manage  - - - -
            AUDITOR          order.view       - - - -
            AUDITOR          course.view      - - - -
            AUDITOR          job.seeker       - - - -
            AUDITOR          legal.view       - - - -
            AUDITOR          order.submit     - - - -
            AUDITOR          course.create    - - - -
            AUDITOR          course.enrol     - - - -
            AUDITOR          job.post         - - - -
            AUDITOR          job.refer        - - - -
            AUDITOR          legal.book       - - - -
            AUDITOR          legal.record     - - - -
            AUDITOR          aid.family       - - - -
            AUDITOR          aid.give         - - - -
            AUDITOR          paid.book        - - - -
            AUDITOR          order.move       - - - -
            AUDITOR          provider.register - - - -
            AUDITOR          menu.manage      - - - -
            AUDITOR          desk.orders      - - - -
            AUDITOR          case.register    - - - -
            AUDITOR          case.view        - - - -
            AUDITOR          case.identity    - - - -
            AUDITOR          case.approve     - - - -
            AUDITOR          case.sessions    - - - -
            AUDITOR          case.figures     - - - -
            AUDITOR          case.visit       - - - -
            AUDITOR          case.tutors      - - - -
            EXECUTIVE_MEMBER unit.view        - - - -
            EXECUTIVE_MEMBER unit.edit        - - - -
            EXECUTIVE_MEMBER unit.addChild    - - - -
            EXECUTIVE_MEMBER user.create      - - - -
            EXECUTIVE_MEMBER person.view      - - - -
            EXECUTIVE_MEMBER person.create    - - - -
            EXECUTIVE_MEMBER person.edit      - - - -
            EXECUTIVE_MEMBER person.reveal    - - - -
            EXECUTIVE_MEMBER audit.read       - - - -
            EXECUTIVE_MEMBER term.view        - - - -
            EXECUTIVE_MEMBER term.create      - - - -
            EXECUTIVE_MEMBER holder.add       - - - -
            EXECUTIVE_MEMBER holder.import    - - - -
            EXECUTIVE_MEMBER meeting.view     - - - -
            EXECUTIVE_MEMBER meeting.add      - - - -
            EXECUTIVE_MEMBER duty.add         - - - -
            EXECUTIVE_MEMBER contact.add      - - - -
            EXECUTIVE_MEMBER person.merge     - - - -
            EXECUTIVE_MEMBER coverage.read    - - - -
            EXECUTIVE_MEMBER notice.send      - - - -
            EXECUTIVE_MEMBER notice.view      - - - -
            EXECUTIVE_MEMBER notice.open      Y - - Y
            EXECUTIVE_MEMBER list.export      - - - -
            EXECUTIVE_MEMBER volunteer.view   - - - -
            EXECUTIVE_MEMBER volunteer.add    - - - -
            EXECUTIVE_MEMBER volunteer.signIn - - - -
            EXECUTIVE_MEMBER team.create      - - - -
            EXECUTIVE_MEMBER activity.create  - - - -
            EXECUTIVE_MEMBER activity.signUp  - - - -
            EXECUTIVE_MEMBER hours.totals     - - - -
            EXECUTIVE_MEMBER volunteer.import - - - -
            EXECUTIVE_MEMBER portal.signUp    - - - -
            EXECUTIVE_MEMBER org.view         - - - -
            EXECUTIVE_MEMBER org.apply        - - - -
            EXECUTIVE_MEMBER org.move         - - - -
            EXECUTIVE_MEMBER booking.create   - - - -
            EXECUTIVE_MEMBER contract.create  - - - -
            EXECUTIVE_MEMBER delivery.record  - - - -
            EXECUTIVE_MEMBER criteria.manage  - - - -
            EXECUTIVE_MEMBER order.view       - - - -
            EXECUTIVE_MEMBER course.view      - - - -
            EXECUTIVE_MEMBER job.seeker       - - - -
            EXECUTIVE_MEMBER legal.view       - - - -
            EXECUTIVE_MEMBER order.submit     - - - -
            EXECUTIVE_MEMBER course.create    - - - -
            EXECUTIVE_MEMBER course.enrol     - - - -
            EXECUTIVE_MEMBER job.post         - - - -
            EXECUTIVE_MEMBER job.refer        - - - -
            EXECUTIVE_MEMBER legal.book       - - - -
            EXECUTIVE_MEMBER legal.record     - - - -
            EXECUTIVE_MEMBER aid.family       - - - -
            EXECUTIVE_MEMBER aid.give         - - - -
            EXECUTIVE_MEMBER paid.book        - - - -
            EXECUTIVE_MEMBER order.move       - - - -
            EXECUTIVE_MEMBER provider.register - - - -
            EXECUTIVE_MEMBER menu.manage      - - - -
            EXECUTIVE_MEMBER desk.orders      - - - -
            EXECUTIVE_MEMBER case.register    - - - -
            EXECUTIVE_MEMBER case.view        - - - -
            EXECUTIVE_MEMBER case.identity    - - - -
            EXECUTIVE_MEMBER case.approve     - - - -
            EXECUTIVE_MEMBER case.sessions    - - - -
            EXECUTIVE_MEMBER case.figures     - - - -
            EXECUTIVE_MEMBER case.visit       - - - -
            EXECUTIVE_MEMBER case.tutors      - - - -
            VOLUNTEER        unit.view        - - - -
            VOLUNTEER        unit.edit        - - - -
            VOLUNTEER        unit.addChild    - - - -
            VOLUNTEER        user.create      - - - -
            VOLUNTEER        person.view      - - - -
            VOLUNTEER        person.create    - - - -
            VOLUNTEER        person.edit      - - - -
            VOLUNTEER        person.reveal    - - - -
            VOLUNTEER        audit.read       - - - -
            VOLUNTEER        term.view        - - - -
            VOLUNTEER        term.create      - - - -
            VOLUNTEER        holder.add       - - - -
            VOLUNTEER        holder.import    - - - -
            VOLUNTEER        meeting.view     - - - -
            VOLUNTEER        meeting.add      - - - -
            VOLUNTEER        duty.add         - - - -
            VOLUNTEER        contact.add      - - - -
            VOLUNTEER        person.merge     - - - -
            VOLUNTEER        coverage.read    - - - -
            VOLUNTEER        notice.send      - - - -
            VOLUNTEER        notice.view      - - - -
            VOLUNTEER        notice.open      - - - -
            VOLUNTEER        list.export      - - - -
            VOLUNTEER        volunteer.view   - - - -
            VOLUNTEER        volunteer.add    - - - -
            VOLUNTEER        volunteer.signIn - - - -
            VOLUNTEER        team.create      - - - -
            VOLUNTEER        activity.create  - - - -
            VOLUNTEER        activity.signUp  - - - -
            VOLUNTEER        hours.totals     - - - -
            VOLUNTEER        volunteer.import - - - -
            VOLUNTEER        portal.signUp    Y Y - -
            VOLUNTEER        org.view         - - - -
            VOLUNTEER        org.apply        - - - -
            VOLUNTEER        org.move         - - - -
            VOLUNTEER        booking.create   - - - -
            VOLUNTEER        contract.create  - - - -
            VOLUNTEER        delivery.record  - - - -
            VOLUNTEER        criteria.manage  - - - -
            VOLUNTEER        order.view       - - - -
            VOLUNTEER        course.view      - - - -
            VOLUNTEER        job.seeker       - - - -
            VOLUNTEER        legal.view       - - - -
            VOLUNTEER        order.submit     - - - -
            VOLUNTEER        course.create    - - - -
            VOLUNTEER        course.enrol     - - - -
            VOLUNTEER        job.post         - - - -
            VOLUNTEER        job.refer        - - - -
            VOLUNTEER        legal.book       - - - -
            VOLUNTEER        legal.record     - - - -
            VOLUNTEER        aid.family       - - - -
            VOLUNTEER        aid.give         - - - -
            VOLUNTEER        paid.book        - - - -
            VOLUNTEER        order.move       - - - -
            VOLUNTEER        provider.register - - - -
            VOLUNTEER        menu.manage      - - - -
            VOLUNTEER        desk.orders      Y Y Y Y
            VOLUNTEER        case.register    - - - -
            VOLUNTEER        case.view        - - - -
            VOLUNTEER        case.identity    - - - -
            VOLUNTEER        case.approve     - - - -
            VOLUNTEER        case.sessions    - - - -
            VOLUNTEER        case.figures     - - - -
            VOLUNTEER        case.visit       - - - -
            VOLUNTEER        case.tutors      - - - -
            PROVIDER         unit.view        - - - -
            PROVIDER         unit.edit        - - - -
            PROVIDER         unit.addChild    - - - -
            PROVIDER         user.create      - - - -
            PROVIDER         person.view      - - - -
            PROVIDER         person.create    - - - -
            PROVIDER         person.edit      - - - -
            PROVIDER         person.reveal    - - - -
            PROVIDER         audit.read       - - - -
            PROVIDER         term.view        - - - -
            PROVIDER         term.create      - - - -
            PROVIDER         holder.add       - - - -
            PROVIDER         holder.import    - - - -
            PROVIDER         meeting.view     - - - -
            PROVIDER         meeting.add      - - - -
            PROVIDER         duty.add         - - - -
            PROVIDER         contact.add      - - - -
            PROVIDER         person.merge     - - - -
            PROVIDER         coverage.read    - - - -
            PROVIDER         notice.send      - - - -
            PROVIDER         notice.view      - - - -
            PROVIDER         notice.open      - - - -
            PROVIDER         list.export      - - - -
            PROVIDER         volunteer.view   - - - -
            PROVIDER         volunteer.add    - - - -
            PROVIDER         volunteer.signIn - - - -
            PROVIDER         team.create      - - - -
            PROVIDER         activity.create  - - - -
            PROVIDER         activity.signUp  - - - -
            PROVIDER         hours.totals     - - - -
            PROVIDER         volunteer.import - - - -
            PROVIDER         portal.signUp    - - - -
            PROVIDER         org.view         - - - -
            PROVIDER         org.apply        - - - -
            PROVIDER         org.move         - - - -
            PROVIDER         booking.create   - - - -
            PROVIDER         contract.create  - - - -
            PROVIDER         delivery.record  - - - -
            PROVIDER         criteria.manage  - - - -
            PROVIDER         order.view       - - - -
            PROVIDER         course.view      - - - -
            PROVIDER         job.seeker       - - - -
            PROVIDER         legal.view       - - - -
            PROVIDER         order.submit     - - - -
            PROVIDER         course.create    - - - -
            PROVIDER         course.enrol     - - - -
            PROVIDER         job.post         - - - -
            PROVIDER         job.refer        - - - -
            PROVIDER         legal.book       - - - -
            PROVIDER         legal.record     - - - -
            PROVIDER         aid.family       - - - -
            PROVIDER         aid.give         - - - -
            PROVIDER         paid.book        - - - -
            PROVIDER         order.move       - - - -
            PROVIDER         provider.register - - - -
            PROVIDER         menu.manage      - - - -
            PROVIDER         desk.orders      Y Y Y Y
            PROVIDER         case.register    - - - -
            PROVIDER         case.view        - - - -
            PROVIDER         case.identity    - - - -
            PROVIDER         case.approve     - - - -
            PROVIDER         case.sessions    - - - -
            PROVIDER         case.figures     - - - -
            PROVIDER         case.visit       - - - -
            PROVIDER         case.tutors      - - - -
            CASEWORKER       unit.view        Y Y - -
            CASEWORKER       unit.edit        - - - -
            CASEWORKER       unit.addChild    - - - -
            CASEWORKER       user.create      - - - -
            CASEWORKER       person.view      - - - -
            CASEWORKER       person.create    - - - -
            CASEWORKER       person.edit      - - - -
            CASEWORKER       person.reveal    - - - -
            CASEWORKER       audit.read       - - - -
            CASEWORKER       term.view        - - - -
            CASEWORKER       term.create      - - - -
            CASEWORKER       holder.add       - - - -
            CASEWORKER       holder.import    - - - -
            CASEWORKER       meeting.view     - - - -
            CASEWORKER       meeting.add      - - - -
            CASEWORKER       duty.add         - - - -
            CASEWORKER       contact.add      - - - -
            CASEWORKER       person.merge     - - - -
            CASEWORKER       coverage.read    Y Y - -
            CASEWORKER       notice.send      - - - -
            CASEWORKER       notice.view      - - - -
            CASEWORKER       notice.open      - - - -
            CASEWORKER       list.export      - - - -
            CASEWORKER       volunteer.view   - - - -
            CASEWORKER       volunteer.add    - - - -
            CASEWORKER       volunteer.signIn - - - -
            CASEWORKER       team.create      - - - -
            CASEWORKER       activity.create  - - - -
            CASEWORKER       activity.signUp  - - - -
            CASEWORKER       hours.totals     - - - -
            CASEWORKER       volunteer.import - - - -
            CASEWORKER       portal.signUp    - - - -
            CASEWORKER       org.view         - - - -
            CASEWORKER       org.apply        - - - -
            CASEWORKER       org.move         - - - -
            CASEWORKER       booking.create   - - - -
            CASEWORKER       contract.create  - - - -
            CASEWORKER       delivery.record  - - - -
            CASEWORKER       criteria.manage  - - - -
            CASEWORKER       order.view       - - - -
            CASEWORKER       course.view      - - - -
            CASEWORKER       job.seeker       - - - -
            CASEWORKER       legal.view       - - - -
            CASEWORKER       order.submit     - - - -
            CASEWORKER       course.create    - - - -
            CASEWORKER       course.enrol     - - - -
            CASEWORKER       job.post         - - - -
            CASEWORKER       job.refer        - - - -
            CASEWORKER       legal.book       - - - -
            CASEWORKER       legal.record     - - - -
            CASEWORKER       aid.family       - - - -
            CASEWORKER       aid.give         - - - -
            CASEWORKER       paid.book        - - - -
            CASEWORKER       order.move       - - - -
            CASEWORKER       provider.register - - - -
            CASEWORKER       menu.manage      - - - -
            CASEWORKER       desk.orders      - - - -
            CASEWORKER       case.register    Y Y - -
            CASEWORKER       case.view        Y Y - -
            CASEWORKER       case.identity    Y Y - -
            CASEWORKER       case.approve     - - - -
            CASEWORKER       case.sessions    Y Y - -
            CASEWORKER       case.figures     Y Y - -
            CASEWORKER       case.visit       Y Y - -
            CASEWORKER       case.tutors      Y Y - -
            CASE_SUPERVISOR  unit.view        Y Y - -
            CASE_SUPERVISOR  unit.edit        - - - -
            CASE_SUPERVISOR  unit.addChild    - - - -
            CASE_SUPERVISOR  user.create      - - - -
            CASE_SUPERVISOR  person.view      - - - -
            CASE_SUPERVISOR  person.create    - - - -
            CASE_SUPERVISOR  person.edit      - - - -
            CASE_SUPERVISOR  person.reveal    - - - -
            CASE_SUPERVISOR  audit.read       - - - -
            CASE_SUPERVISOR  term.view        - - - -
            CASE_SUPERVISOR  term.create      - - - -
            CASE_SUPERVISOR  holder.add       - - - -
            CASE_SUPERVISOR  holder.import    - - - -
            CASE_SUPERVISOR  meeting.view     - - - -
            CASE_SUPERVISOR  meeting.add      - - - -
            CASE_SUPERVISOR  duty.add         - - - -
            CASE_SUPERVISOR  contact.add      - - - -
            CASE_SUPERVISOR  person.merge     - - - -
            CASE_SUPERVISOR  coverage.read    Y Y - -
            CASE_SUPERVISOR  notice.send      - - - -
            CASE_SUPERVISOR  notice.view      - - - -
            CASE_SUPERVISOR  notice.open      - - - -
            CASE_SUPERVISOR  list.export      Y Y Y Y
            CASE_SUPERVISOR  volunteer.view   - - - -
            CASE_SUPERVISOR  volunteer.add    - - - -
            CASE_SUPERVISOR  volunteer.signIn - - - -
            CASE_SUPERVISOR  team.create      - - - -
            CASE_SUPERVISOR  activity.create  - - - -
            CASE_SUPERVISOR  activity.signUp  - - - -
            CASE_SUPERVISOR  hours.totals     - - - -
            CASE_SUPERVISOR  volunteer.import - - - -
            CASE_SUPERVISOR  portal.signUp    - - - -
            CASE_SUPERVISOR  org.view         - - - -
            CASE_SUPERVISOR  org.apply        - - - -
            CASE_SUPERVISOR  org.move         - - - -
            CASE_SUPERVISOR  booking.create   - - - -
            CASE_SUPERVISOR  contract.create  - - - -
            CASE_SUPERVISOR  delivery.record  - - - -
            CASE_SUPERVISOR  criteria.manage  - - - -
            CASE_SUPERVISOR  order.view       - - - -
            CASE_SUPERVISOR  course.view      - - - -
            CASE_SUPERVISOR  job.seeker       - - - -
            CASE_SUPERVISOR  legal.view       - - - -
            CASE_SUPERVISOR  order.submit     - - - -
            CASE_SUPERVISOR  course.create    - - - -
            CASE_SUPERVISOR  course.enrol     - - - -
            CASE_SUPERVISOR  job.post         - - - -
            CASE_SUPERVISOR  job.refer        - - - -
            CASE_SUPERVISOR  legal.book       - - - -
            CASE_SUPERVISOR  legal.record     - - - -
            CASE_SUPERVISOR  aid.family       - - - -
            CASE_SUPERVISOR  aid.give         - - - -
            CASE_SUPERVISOR  paid.book        - - - -
            CASE_SUPERVISOR  order.move       - - - -
            CASE_SUPERVISOR  provider.register - - - -
            CASE_SUPERVISOR  menu.manage      - - - -
            CASE_SUPERVISOR  desk.orders      - - - -
            CASE_SUPERVISOR  case.register    Y Y - -
            CASE_SUPERVISOR  case.view        Y Y - -
            CASE_SUPERVISOR  case.identity    Y Y - -
            CASE_SUPERVISOR  case.approve     Y Y - -
            CASE_SUPERVISOR  case.sessions    Y Y - -
            CASE_SUPERVISOR  case.figures     Y Y - -
            CASE_SUPERVISOR  case.visit       - - - -
            CASE_SUPERVISOR  case.tutors      - - - -
            COUNSELLOR       unit.view        - - - -
            COUNSELLOR       unit.edit        - - - -
            COUNSELLOR       unit.addChild    - - - -
            COUNSELLOR       user.create      - - - -
            COUNSELLOR       person.view      - - - -
            COUNSELLOR       person.create    - - - -
            COUNSELLOR       person.edit      - - - -
            COUNSELLOR       person.reveal    - - - -
            COUNSELLOR       audit.read       - - - -
            COUNSELLOR       term.view        - - - -
            COUNSELLOR       term.create      - - - -
            COUNSELLOR       holder.add       - - - -
            COUNSELLOR       holder.import    - - - -
            COUNSELLOR       meeting.view     - - - -
            COUNSELLOR       meeting.add      - - - -
            COUNSELLOR       duty.add         - - - -
            COUNSELLOR       contact.add      - - - -
            COUNSELLOR       person.merge     - - - -
            COUNSELLOR       coverage.read    - - - -
            COUNSELLOR       notice.send      - - - -
            COUNSELLOR       notice.view      - - - -
            COUNSELLOR       notice.open      - - - -
            COUNSELLOR       list.export      - - - -
            COUNSELLOR       volunteer.view   - - - -
            COUNSELLOR       volunteer.add    - - - -
            COUNSELLOR       volunteer.signIn - - - -
            COUNSELLOR       team.create      - - - -
            COUNSELLOR       activity.create  - - - -
            COUNSELLOR       activity.signUp  - - - -
            COUNSELLOR       hours.totals     - - - -
            COUNSELLOR       volunteer.import - - - -
            COUNSELLOR       portal.signUp    - - - -
            COUNSELLOR       org.view         - - - -
            COUNSELLOR       org.apply        - - - -
            COUNSELLOR       org.move         - - - -
            COUNSELLOR       booking.create   - - - -
            COUNSELLOR       contract.create  - - - -
            COUNSELLOR       delivery.record  - - - -
            COUNSELLOR       criteria.manage  - - - -
            COUNSELLOR       order.view       - - - -
            COUNSELLOR       course.view      - - - -
            COUNSELLOR       job.seeker       - - - -
            COUNSELLOR       legal.view       - - - -
            COUNSELLOR       order.submit     - - - -
            COUNSELLOR       course.create    - - - -
            COUNSELLOR       course.enrol     - - - -
            COUNSELLOR       job.post         - - - -
            COUNSELLOR       job.refer        - - - -
            COUNSELLOR       legal.book       - - - -
            COUNSELLOR       legal.record     - - - -
            COUNSELLOR       aid.family       - - - -
            COUNSELLOR       aid.give         - - - -
            COUNSELLOR       paid.book        - - - -
            COUNSELLOR       order.move       - - - -
            COUNSELLOR       provider.register - - - -
            COUNSELLOR       menu.manage      - - - -
            COUNSELLOR       desk.orders      - - - -
            COUNSELLOR       case.register    - - - -
            COUNSELLOR       case.view        Y Y - -
            COUNSELLOR       case.identity    - - - -
            COUNSELLOR       case.approve     - - - -
            COUNSELLOR       case.sessions    Y Y - -
            COUNSELLOR       case.figures     - - - -
            COUNSELLOR       case.visit       - - - -
            COUNSELLOR       case.tutors      - - - -
            LEGAL_OFFICER    unit.view        Y Y - -
            LEGAL_OFFICER    unit.edit        - - - -
            LEGAL_OFFICER    unit.addChild    - - - -
            LEGAL_OFFICER    user.create      - - - -
            LEGAL_OFFICER    person.view      Y Y - -
            LEGAL_OFFICER    person.create    - - - -
            LEGAL_OFFICER    person.edit      - - - -
            LEGAL_OFFICER    person.reveal    - - - -
            LEGAL_OFFICER    audit.read       - - - -
            LEGAL_OFFICER    term.view        Y Y - -
            LEGAL_OFFICER    term.create      Y Y - -
            LEGAL_OFFICER    holder.add       Y Y - -
            LEGAL_OFFICER    holder.import    Y Y - -
            LEGAL_OFFICER    meeting.view     Y Y - -
            LEGAL_OFFICER    meeting.add      Y Y - -
            LEGAL_OFFICER    duty.add         Y Y - -
            LEGAL_OFFICER    contact.add      Y Y - -
            LEGAL_OFFICER    person.merge     - - - -
            LEGAL_OFFICER    coverage.read    Y Y - -
            LEGAL_OFFICER    notice.send      - - - -
            LEGAL_OFFICER    notice.view      Y Y - -
            LEGAL_OFFICER    notice.open      - - - -
            LEGAL_OFFICER    list.export      - - - -
            LEGAL_OFFICER    volunteer.view   Y Y - -
            LEGAL_OFFICER    volunteer.add    Y Y - -
            LEGAL_OFFICER    volunteer.signIn Y Y - -
            LEGAL_OFFICER    team.create      Y Y - -
            LEGAL_OFFICER    activity.create  Y Y - -
            LEGAL_OFFICER    activity.signUp  Y Y - -
            LEGAL_OFFICER    hours.totals     Y Y - -
            LEGAL_OFFICER    volunteer.import Y Y Y Y
            LEGAL_OFFICER    portal.signUp    - - - -
            LEGAL_OFFICER    org.view         Y Y - -
            LEGAL_OFFICER    org.apply        Y Y - -
            LEGAL_OFFICER    org.move         Y Y - -
            LEGAL_OFFICER    booking.create   Y Y - -
            LEGAL_OFFICER    contract.create  Y Y - -
            LEGAL_OFFICER    delivery.record  Y Y - -
            LEGAL_OFFICER    criteria.manage  - - - -
            LEGAL_OFFICER    order.view       Y Y - -
            LEGAL_OFFICER    course.view      Y Y - -
            LEGAL_OFFICER    job.seeker       Y Y - -
            LEGAL_OFFICER    legal.view       Y Y - -
            LEGAL_OFFICER    order.submit     Y Y - -
            LEGAL_OFFICER    course.create    Y Y - -
            LEGAL_OFFICER    course.enrol     Y Y - -
            LEGAL_OFFICER    job.post         Y Y - -
            LEGAL_OFFICER    job.refer        Y Y - -
            LEGAL_OFFICER    legal.book       Y Y - -
            LEGAL_OFFICER    legal.record     Y Y - -
            LEGAL_OFFICER    aid.family       Y Y - -
            LEGAL_OFFICER    aid.give         Y Y - -
            LEGAL_OFFICER    paid.book        Y Y - -
            LEGAL_OFFICER    order.move       Y Y - -
            LEGAL_OFFICER    provider.register Y Y - -
            LEGAL_OFFICER    menu.manage      - - - -
            LEGAL_OFFICER    desk.orders      - - - -
            LEGAL_OFFICER    case.register    - - - -
            LEGAL_OFFICER    case.view        - - - -
            LEGAL_OFFICER    case.identity    - - - -
            LEGAL_OFFICER    case.approve     - - - -
            LEGAL_OFFICER    case.sessions    - - - -
            LEGAL_OFFICER    case.figures     - - - -
            LEGAL_OFFICER    case.visit       - - - -
            LEGAL_OFFICER    case.tutors      - - - -
            """;

    private static final String[] PLACES = {"own", "child", "sibling", "parent"};

    @Inject
    UnitDirectory units;

    @Inject
    UnitChanges unitChanges;

    @Inject
    AccountService accounts;

    @Inject
    PersonService people;

    @Inject
    AuditService audit;

    @Inject
    TermService terms;

    @Inject
    CoverageService coverage;

    @Inject
    NoticeService notices;

    @Inject
    HolderImport importer;

    @Inject
    CouncilService council;

    @Inject
    DutyService duty;

    @Inject
    ContactService contacts;

    private static final byte[] TEMPLATE_HEADER_ONLY = TestData.workbook(List.of(List.of("姓名*", "身份证号*", "职务*")));

    @Inject
    MemberNoticeService members;

    @Inject
    AuditTrail auditTrail;

    @Inject
    VolunteerService volunteers;

    @Inject
    TeamService teams;

    @Inject
    ActivityService activities;

    @Inject
    HoursService hours;

    @Inject
    VolunteerImport volunteerImport;

    @Inject
    VolunteerPortalService portal;

    @Inject
    OrganisationService organisations;

    @Inject
    PipelineService pipeline;

    @Inject
    SupportService baseSupport;

    @Inject
    ContractService contracts;

    /** Each place's unit → its social organisation (just applied), a room of the base, and a contract for one delivery. */
    private final Map<Long, Long> placeOrgs = new java.util.HashMap<>();
    private final Map<Long, Long> placeRooms = new java.util.HashMap<>();
    private final Map<Long, Long> placeContracts = new java.util.HashMap<>();

    @Inject
    OrderService orders;

    @Inject
    CourseService courses;

    @Inject
    JobService jobs;

    @Inject
    LegalService legal;

    @Inject
    AidService aid;

    @Inject
    PaidHelpService paid;

    @Inject
    ConsultationService consultations;

    @Inject
    ProviderService providers;

    @Inject
    ServiceMenuService menu;

    @Inject
    ProviderDeskService desk;

    @Inject
    ProviderAccountService providerAccounts;

    @Inject
    CaseRegistry caseRegistry;

    @Inject
    CaseService cases;

    @Inject
    CounsellingService counselling;

    @Inject
    ChildFigures childFigures;

    @Inject
    CareService care;

    /**
     * Each place's unit → a child's case there. The own street's and its community's are the matrix caseworker's, with
     * the matrix counsellor on their teams (assigned); the sibling's and the parent's are other caseworkers'.
     */
    private final Map<Long, Long> placeCases = new java.util.HashMap<>();

    /** Each place's unit → an order of the Bridge it handles; and a menu item a partner institution may offer. */
    private final Map<Long, Long> placeOrders = new java.util.HashMap<>();
    /** Each place's unit → an employer kept there, and a job seeker (the place's person); a position open to all. */
    private final Map<Long, Long> placeEmployers = new java.util.HashMap<>();
    private final Map<Long, Long> placeSeekers = new java.util.HashMap<>();
    private long openPosition;
    /** Each place's unit → a neighbour offering paid help there (the place's person). */
    private final Map<Long, Long> placeHelpers = new java.util.HashMap<>();
    private long paidItem;
    /** Each place's unit → a family in hardship there (the place's person). */
    private final Map<Long, Long> placeFamilies = new java.util.HashMap<>();
    /** Each place's unit → a legal session held there, its first slot booked for the place's person. */
    private final Map<Long, Long> placeLegalSessions = new java.util.HashMap<>();
    /** Each place's unit → a course of the Bridge it runs. */
    private final Map<Long, Long> placeCourses = new java.util.HashMap<>();
    private long institutionItem;

    /** Each place's unit → its volunteer (the place's person) and an activity of it. */
    private final Map<Long, Long> placeVolunteers = new java.util.HashMap<>();
    private final Map<Long, Long> placeActivities = new java.util.HashMap<>();

    /** What a user does to the unit (and its person, current term and the notice it sent) at one place. */
    @FunctionalInterface
    interface Action {
        void on(long unit, long person, long term, long notice) throws Exception;
    }

    private Map<String, Action> actions() {
        Map<String, Action> actions = new LinkedHashMap<>();
        actions.put("unit.view", (unit, person, term, notice) -> units.details(unit));
        actions.put("unit.edit", (unit, person, term, notice) -> unitChanges.editForm(unit));
        actions.put("unit.addChild", (unit, person, term, notice) -> unitChanges.newForm(unit));
        actions.put("user.create", (unit, person, term, notice) -> accounts.createUser(
                TestData.newUser(TestData.newUsername(), unit, Role.STAFF, "Start#2026x")));
        actions.put("person.view", (unit, person, term, notice) -> people.view(person));
        actions.put("person.create", (unit, person, term, notice) -> people.create(TestData.personForm(unit, unique("矩阵"))));
        actions.put("person.edit", (unit, person, term, notice) -> people.editForm(person));
        actions.put("person.reveal", (unit, person, term, notice) -> people.reveal(person, SensitiveField.PHONE));
        actions.put("audit.read", (unit, person, term, notice) -> {
            AuditFilter filter = new AuditFilter();
            filter.setUnitId(unit);
            audit.count(filter);
        });
        actions.put("coverage.read", (unit, person, term, notice) -> coverage.coverage(unit));
        actions.put("term.view", (unit, person, term, notice) -> terms.terms(unit));
        actions.put("term.create", (unit, person, term, notice) -> terms.createTerm(termForm(unit)));
        actions.put("holder.add", (unit, person, term, notice) -> terms.addHolder(term, person, Position.EXECUTIVE_MEMBER));
        actions.put("holder.import", (unit, person, term, notice) -> importer.preview(term, TEMPLATE_HEADER_ONLY));
        actions.put("meeting.view", (unit, person, term, notice) -> council.meetings(unit, 0, 10));
        actions.put("meeting.add", (unit, person, term, notice) -> {
            CouncilService.MeetingForm form = new CouncilService.MeetingForm();
            form.setUnitId(unit);
            form.setHeldOn(LocalDate.of(2026, 5, 1));
            form.setTopic(unique("矩阵会议"));
            form.setAttendeeIds(new java.util.HashSet<>(java.util.Set.of(person)));
            council.record(form);
        });
        // The same person at the same time again is refused by the rule after the permission check.
        actions.put("duty.add", (unit, person, term, notice) -> {
            DutyService.ShiftForm form = new DutyService.ShiftForm();
            form.setUnitId(unit);
            form.setPersonId(person);
            form.setPost("党群服务站");
            duty.addShift(form);
        });
        // A member linked to herself passes the permission check, then is refused by the rule.
        actions.put("contact.add", (unit, person, term, notice) -> contacts.addContact(unit, person, person, null));
        // Merging a record with itself passes the permission check, then is refused by the rule.
        actions.put("person.merge", (unit, person, term, notice) -> people.merge(person, person));
        // To a unit without office holders this is refused by the rule after the permission check.
        actions.put("notice.send", (unit, person, term, notice) -> notices.send(noticeTo(unit)));
        actions.put("notice.view", (unit, person, term, notice) -> {
            notices.view(notice);
            notices.receipts(notice, ReceiptFilter.ALL, 0, 10);
        });
        // The member is the own unit's office holder: the own street's notice and the district's reach her.
        actions.put("notice.open", (unit, person, term, notice) -> members.open(notice));
        actions.put("list.export", (unit, person, term, notice) -> auditTrail.exported("AccessMatrix", 0, null));
        actions.put("volunteer.view", (unit, person, term, notice) -> {
            VolunteerFilter filter = new VolunteerFilter();
            filter.setUnitId(unit);
            volunteers.count(filter);
        });
        // Each place's person is a volunteer already: the permission check passes, then the rule refuses.
        actions.put("volunteer.add", (unit, person, term, notice) -> volunteers.register(volunteerForm(person)));
        actions.put("volunteer.signIn", (unit, person, term, notice) -> volunteers.registerWithSignIn(volunteerForm(person),
                TestData.newUsername()));
        actions.put("team.create", (unit, person, term, notice) -> {
            TeamForm form = new TeamForm();
            form.setUnitId(unit);
            form.setName(unique("矩阵队伍"));
            form.setLine(ServiceLine.VOLUNTEERING);
            teams.create(form);
        });
        actions.put("activity.create", (unit, person, term, notice) -> activities.create(activityForm(unit)));
        // Signing the place's volunteer up a second time is refused by the rule after the permission check.
        actions.put("activity.signUp", (unit, person, term, notice) ->
                activities.signUp(placeActivities.get(unit), placeVolunteers.get(unit)));
        actions.put("hours.totals", (unit, person, term, notice) -> hours.totals(unit, HoursService.TotalsBy.VOLUNTEER,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 0, 10));
        // The check reads only communities the user may register volunteers in, so it is open to every editor.
        actions.put("volunteer.import", (unit, person, term, notice) -> volunteerImport.preview(TEMPLATE_HEADER_ONLY));
        // The volunteer belongs to the own street: its activities and its communities' are near her.
        actions.put("portal.signUp", (unit, person, term, notice) -> portal.signUp(placeActivities.get(unit)));
        actions.put("org.view", (unit, person, term, notice) -> organisations.view(placeOrgs.get(unit)));
        actions.put("org.apply", (unit, person, term, notice) -> organisations.apply(orgForm(unit)));
        // From "application accepted" straight to "graduated" is refused by the pipeline after the permission check.
        actions.put("org.move", (unit, person, term, notice) -> pipeline.advance(placeOrgs.get(unit),
                org.jinguo.incubation.model.Stage.GRADUATED, stepToday(), List.of()));
        // The place's organisation has only applied: the booking is refused by the rule after the permission check.
        actions.put("booking.create", (unit, person, term, notice) -> baseSupport.book(bookingOf(placeRooms.get(unit), placeOrgs.get(unit))));
        actions.put("contract.create", (unit, person, term, notice) -> contracts.create(contractForm(unit, placeOrgs.get(unit))));
        // Two performances on a contract for one are refused by the rule after the permission check.
        actions.put("delivery.record", (unit, person, term, notice) -> contracts.recordDelivery(deliveryOf(placeContracts.get(unit)), List.of()));
        // The criteria are the base's, not a unit's: the same at every place. A retired criterion changes no score.
        actions.put("criteria.manage", (unit, person, term, notice) -> {
            CriterionForm form = new CriterionForm();
            form.setNameZh(unique("矩阵标准"));
            form.setNameEn("Matrix criterion");
            form.setActive(false);
            pipeline.saveCriterion(form);
        });
        actions.put("order.view", (unit, person, term, notice) -> {
            OrderFilter filter = new OrderFilter();
            filter.setUnitId(unit);
            orders.count(filter);
        });
        actions.put("order.submit", (unit, person, term, notice) -> orders.submit(needOf(unit, person)));
        // Recalling an order that was never published is refused by the state machine after the permission check.
        actions.put("order.move", (unit, person, term, notice) -> orders.move(placeOrders.get(unit), OrderMove.RECALL, null,
                orders.view(placeOrders.get(unit)).version()));
        actions.put("course.view", (unit, person, term, notice) -> courses.view(placeCourses.get(unit)));
        actions.put("course.create", (unit, person, term, notice) -> courses.create(courseAt(unit)));
        // a second enrolment of the same woman is refused by the roll's rule, after the permission check
        actions.put("course.enrol", (unit, person, term, notice) -> courses.enrol(placeCourses.get(unit), person));
        actions.put("job.seeker", (unit, person, term, notice) -> jobs.seeker(placeSeekers.get(unit)));
        actions.put("job.post", (unit, person, term, notice) -> jobs.savePosition(positionFor(placeEmployers.get(unit))));
        // referred once by the setup: a second referral is refused by that rule, after the permission check
        actions.put("job.refer", (unit, person, term, notice) -> jobs.refer(placeSeekers.get(unit), openPosition));
        actions.put("legal.view", (unit, person, term, notice) -> legal.session(placeLegalSessions.get(unit)));
        // the slot is booked by the setup: the booking is refused by that rule, after the permission check
        actions.put("legal.book", (unit, person, term, notice) -> legal.book(placeLegalSessions.get(unit), 0, person,
                LegalTopic.MARRIAGE));
        actions.put("legal.record", (unit, person, term, notice) -> consultations.record(walkIn(person)));
        actions.put("aid.family", (unit, person, term, notice) -> aid.family(placeFamilies.get(unit)));
        actions.put("aid.give", (unit, person, term, notice) -> aid.give(serviceTo(placeFamilies.get(unit))));
        actions.put("paid.book", (unit, person, term, notice) -> paid.book(paidHelp(placeHelpers.get(unit), person)));
        actions.put("provider.register", (unit, person, term, notice) -> providers.register(institutionAt(unit)));
        // The service levels are the district's, the same at every place; saved unchanged.
        // A volunteer who serves no order and a provider with none dispatched see an empty desk; anyone else is refused.
        actions.put("desk.orders", (unit, person, term, notice) -> desk.orders(10));
        actions.put("menu.manage", (unit, person, term, notice) -> {
            ServiceMenuService.LevelRow level = menu.levels().get(0);
            menu.saveLevel(level.line(), level.acceptDays(), level.dispatchDays(), level.rateDays(), level.version());
        });
        actions.put("case.register", (unit, person, term, notice) -> caseRegistry.register(childAt(unit)));
        actions.put("case.view", (unit, person, term, notice) -> cases.view(placeCases.get(unit)));
        actions.put("case.identity", (unit, person, term, notice) -> cases.showIdentity(placeCases.get(unit), "权限矩阵"));
        // The case has no plan waiting: the supervisor's approval is refused by that rule, after the permission check.
        actions.put("case.approve", (unit, person, term, notice) -> cases.decidePlan(placeCases.get(unit), true, null,
                cases.view(placeCases.get(unit)).version()));
        actions.put("case.sessions", (unit, person, term, notice) -> counselling.sessions(placeCases.get(unit), 0, 10));
        actions.put("case.visit", (unit, person, term, notice) -> care.recordVisit(visitTo(placeCases.get(unit))));
        actions.put("case.tutors", (unit, person, term, notice) -> care.tutorsFor(placeCases.get(unit)));
        actions.put("case.figures", (unit, person, term, notice) -> childFigures.of(unit, Beijing.today().minusMonths(1),
                Beijing.today()));
        return actions;
    }

    private ProviderForm neighbourOf(long unit, long person) {
        ProviderForm form = new ProviderForm();
        form.setUnitId(unit);
        form.setKind(ProviderKind.NEIGHBOUR);
        form.setPersonId(person);
        form.setItemIds(new ArrayList<>(List.of(paidItem)));
        return form;
    }

    private PaidHelpForm paidHelp(long helper, long person) {
        PaidHelpForm form = new PaidHelpForm();
        form.setHelperId(helper);
        form.setRequesterId(person);
        form.setItemId(paidItem);
        form.setRate(new BigDecimal("40"));
        form.setDescription("打扫卫生。");
        return form;
    }

    private static AidForms.FamilyForm familyOf(long person) {
        AidForms.FamilyForm form = new AidForms.FamilyForm();
        form.setPersonId(person);
        form.setReasons(java.util.EnumSet.of(HardshipReason.ILLNESS));
        return form;
    }

    private static AidForms.GrantForm serviceTo(long family) {
        AidForms.GrantForm form = new AidForms.GrantForm();
        form.setFamilyId(family);
        form.setKind(AidKind.SERVICE);
        form.setWhat("上门探访");
        return form;
    }

    private static LegalPlanForm legalPlanAt(long unit, long provider) {
        LegalPlanForm form = new LegalPlanForm();
        form.setUnitId(unit);
        form.setProviderId(provider);
        form.setPlace("党群服务站");
        form.setFirstOn(Beijing.today().plusDays(7));
        return form;
    }

    private static ConsultationForm walkIn(long person) {
        ConsultationForm form = new ConsultationForm();
        form.setPersonId(person);
        form.setTopic(LegalTopic.LABOUR);
        form.setAdvice("建议申请劳动仲裁。");
        return form;
    }

    private static EmployerForm employerAt(long unit) {
        EmployerForm form = new EmployerForm();
        form.setUnitId(unit);
        form.setName(unique("矩阵企业"));
        return form;
    }

    private static PositionForm positionFor(long employer) {
        PositionForm form = new PositionForm();
        form.setEmployerId(employer);
        form.setTitle(unique("矩阵岗位"));
        form.setPlace("观音桥");
        form.setHours(WorkHours.FULL_TIME);
        form.setOpenUntil(Beijing.today().plusMonths(1));
        return form;
    }

    private static SeekerForm seekerOf(long person) {
        SeekerForm form = new SeekerForm();
        form.setPersonId(person);
        form.setHours(java.util.EnumSet.of(WorkHours.FULL_TIME));
        return form;
    }

    private static CourseForm courseAt(long unit) {
        CourseForm form = new CourseForm();
        form.setUnitId(unit);
        form.setKind(CourseKind.SKILLS);
        form.setTitle(unique("矩阵课程"));
        form.setPlace("党群服务站");
        form.setPlaces(10);
        return form;
    }

    private static VisitForm visitTo(long caseId) {
        VisitForm form = new VisitForm();
        form.setCaseId(caseId);
        form.setVisitedOn(Beijing.today());
        form.setVisitors("权限矩阵");
        return form;
    }

    private static RegistrationForm childAt(long unit) {
        RegistrationForm form = RegistrationForm.forUnit(unit, Beijing.today());
        form.setPseudonym("矩阵");
        form.setCategory(ChildCategory.ORPHAN);
        form.setQualifyingFacts("权限矩阵测试");
        form.setRealName(unique("矩阵儿童"));
        form.setBirthDate(Beijing.today().minusYears(9));
        return form;
    }

    private static NeedForm needOf(long unit, long person) {
        NeedForm form = new NeedForm();
        form.setUnitId(unit);
        form.setRequesterId(person);
        form.setLine(ServiceLine.LEGAL_RIGHTS);
        form.setOtherItem("权限矩阵");
        form.setDescription("权限矩阵测试");
        return form;
    }

    private ProviderForm institutionAt(long unit) {
        ProviderForm form = new ProviderForm();
        form.setUnitId(unit);
        form.setKind(ProviderKind.INSTITUTION);
        form.setName(unique("矩阵机构"));
        form.setItemIds(new ArrayList<>(List.of(institutionItem)));
        return form;
    }

    private static OrgForm orgForm(long unit) {
        OrgForm form = new OrgForm();
        form.setUnitId(unit);
        form.setName(unique("矩阵组织"));
        form.setKind(org.jinguo.incubation.model.OrgKind.TRAINING);
        form.setAppliedOn(Beijing.today().minusDays(1));
        return form;
    }

    private static StepForm stepToday() {
        StepForm form = new StepForm();
        form.setOn(Beijing.today());
        return form;
    }

    private static RoomForm roomForm(long unit) {
        RoomForm form = new RoomForm();
        form.setUnitId(unit);
        form.setName(unique("矩阵会议室"));
        return form;
    }

    private static BookingForm bookingOf(long room, long org) {
        BookingForm form = new BookingForm();
        form.setRoomId(room);
        form.setOrgId(org);
        form.setOn(Beijing.today().plusDays(10));
        form.setStartsAt(java.time.LocalTime.of(9, 0));
        form.setEndsAt(java.time.LocalTime.of(10, 0));
        form.setPurpose("权限矩阵");
        return form;
    }

    private static ContractForm contractForm(long unit, long provider) {
        ContractForm form = new ContractForm();
        form.setUnitId(unit);
        form.setTitle(unique("矩阵合同"));
        form.setProviderId(provider);
        form.setDeliverable("权限矩阵测试");
        form.setMeasure("场");
        form.setQuantity(1);
        form.setBudget(new java.math.BigDecimal("100.00"));
        form.setSignedOn(Beijing.today().minusDays(30));
        form.setStartsOn(Beijing.today().minusDays(30));
        form.setEndsOn(Beijing.today().plusDays(30));
        return form;
    }

    private static DeliveryForm deliveryOf(long contract) {
        DeliveryForm form = new DeliveryForm();
        form.setContractId(contract);
        form.setDeliveredOn(Beijing.today().minusDays(1));
        form.setPlace("社区广场");
        form.setQuantity(2);
        return form;
    }

    private static VolunteerForm volunteerForm(long person) {
        VolunteerForm form = new VolunteerForm();
        form.setPersonId(person);
        form.setSkills(java.util.EnumSet.of(Skill.COOKING));
        return form;
    }

    private static ActivityForm activityForm(long unit) {
        ActivityForm form = new ActivityForm();
        form.setUnitId(unit);
        form.setTitle(unique("矩阵活动"));
        form.setLine(ServiceLine.VOLUNTEERING);
        form.setPlace("党群服务站");
        form.setHeldOn(Beijing.today().plusDays(20));
        form.setStartsAt(java.time.LocalTime.of(9, 0));
        form.setEndsAt(java.time.LocalTime.of(11, 0));
        return form;
    }

    private static NoticeForm noticeTo(long unit) {
        NoticeForm form = new NoticeForm();
        form.setKind(NoticeKind.NOTICE);
        form.setAudienceUnitId(unit);
        form.setTitle(unique("矩阵通知"));
        form.setBody("权限矩阵测试");
        return form;
    }

    private static TermForm termForm(long unit) {
        return TestData.termForm(unit, LocalDate.of(2026, 4, 20), LocalDate.of(2031, 4, 19));
    }

    @Test
    void everyRoleMayDoExactlyWhatTheMatrixSaysWhereItSaysSo() throws Exception {
        long district = TestData.unitId(units, "江北区妇联");
        long own = call("district", () -> unitChanges.create(TestData.unitForm(district, unique("矩阵街道"), UnitType.STREET)));
        long sibling = call("district", () -> unitChanges.create(TestData.unitForm(district, unique("邻街道"), UnitType.STREET)));
        long child = call("district", () -> unitChanges.create(TestData.unitForm(own, unique("矩阵社区"), UnitType.COMMUNITY)));
        long[] placeUnits = {own, child, sibling, district};
        long[] placePeople = new long[4];
        long[] placeTerms = new long[4];
        long[] placeNotices = new long[4];
        for (int i = 0; i < 4; i++) {
            long unit = placeUnits[i];
            placePeople[i] = call("district", () -> people.create(TestData.personForm(unit, unique("矩阵人员"))));
            long person = placePeople[i];
            placeTerms[i] = unit == district
                    ? call("district", () -> terms.terms(district).get(0).id()) // the district's latest term
                    : call("district", () -> {
                        long term = terms.createTerm(termForm(unit));
                        terms.addHolder(term, person, Position.EXECUTIVE_MEMBER);
                        return term;
                    });
            // each place's notice is sent by a user of that place, so that it belongs to that unit
            String sender = unit == district ? "district" : TestData.newUsername();
            if (unit != district) {
                run("district", () -> accounts.createUser(TestData.newUser(sender, unit, Role.STAFF, "Start#2026x")));
            }
            placeNotices[i] = call(sender, () -> notices.send(noticeTo(unit)));
            placeVolunteers.put(unit, call("district", () -> volunteers.register(volunteerForm(person))));
            placeActivities.put(unit, call("district", () -> activities.create(activityForm(unit)).get(0)));
            long org = call("district", () -> organisations.apply(orgForm(unit)));
            placeOrgs.put(unit, org);
            placeRooms.put(unit, call("district", () -> baseSupport.saveRoom(roomForm(unit))));
            placeContracts.put(unit, call("district", () -> contracts.create(contractForm(unit, org))));
            placeOrders.put(unit, call("district", () -> orders.submit(needOf(unit, person))));
            placeCourses.put(unit, call("district", () -> courses.create(courseAt(unit))));
            placeEmployers.put(unit, call("district", () -> jobs.saveEmployer(employerAt(unit))));
            placeSeekers.put(unit, call("district", () -> jobs.registerSeeker(seekerOf(person))));
        }
        openPosition = call("district", () -> jobs.savePosition(positionFor(jobs.saveEmployer(employerAt(district)))));
        for (long seeker : placeSeekers.values()) {
            run("district", () -> jobs.refer(seeker, openPosition));
        }
        institutionItem = call("district", () -> menu.items(ServiceLine.LEGAL_RIGHTS, false)).stream()
                .filter(i -> i.kinds().contains(ProviderKind.INSTITUTION)).findFirst().orElseThrow().id();
        long lawyer = call("district", () -> providers.register(institutionAt(district)));
        paidItem = call("district", () -> menu.items(ServiceLine.FAMILY_AID, false)).stream()
                .filter(i -> i.kinds().contains(ProviderKind.NEIGHBOUR)).findFirst().orElseThrow().id();
        for (int i = 0; i < 4; i++) {
            long unit = placeUnits[i];
            long person = placePeople[i];
            long session = call("district", () -> legal.plan(legalPlanAt(unit, lawyer)).get(0));
            placeLegalSessions.put(unit, session);
            placeFamilies.put(unit, call("district", () -> aid.registerFamily(familyOf(person))));
            placeHelpers.put(unit, call("district", () -> providers.register(neighbourOf(unit, person))));
            run("district", () -> legal.book(session, 0, person, LegalTopic.MARRIAGE)); // the slot the matrix asks for again
        }
        long volunteerPerson = call("district", () -> people.create(TestData.personForm(own, unique("矩阵志愿者"))));
        run("district", () -> volunteers.register(volunteerForm(volunteerPerson)));

        Map<String, Action> actions = actions();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        Map<Role, String> users = new LinkedHashMap<>();
        Map<Role, Long> userIds = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            String username = TestData.newUsername();
            NewUserForm form = TestData.newUser(username, own, role, "Start#2026x");
            form.setPersonId(role == Role.EXECUTIVE_MEMBER ? Long.valueOf(placePeople[0])
                    : role == Role.VOLUNTEER ? Long.valueOf(volunteerPerson) : null);
            if (role == Role.PROVIDER) { // a provider's account is opened for its provider, not on the users' page
                long provider = call("district", () -> providers.register(institutionAt(own)));
                run("district", () -> providerAccounts.open(provider, username));
            } else {
                userIds.put(role, call("district", () -> accounts.createUser(form)));
            }
            users.put(role, username);
        }
        for (int i = 0; i < 4; i++) {
            long unit = placeUnits[i];
            boolean assigned = i < 2;
            String worker = assigned ? users.get(Role.CASEWORKER) : TestData.newUsername();
            if (!assigned) {
                run("district", () -> accounts.createUser(TestData.newUser(worker, unit, Role.CASEWORKER, "Start#2026x")));
            }
            long caseId = call(worker, () -> caseRegistry.register(childAt(unit)));
            if (assigned) {
                run(users.get(Role.CASE_SUPERVISOR), () -> cases.addMember(caseId, userIds.get(Role.COUNSELLOR), TeamRole.COUNSELLOR,
                        cases.view(caseId).version()));
            }
            placeCases.put(unit, caseId);
        }
        for (String line : EXPECTED.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            Role role = Role.valueOf(cells[0]);
            Action action = actions.get(cells[1]);
            for (int place = 0; place < 4; place++) {
                boolean expected = cells[2 + place].equals("Y");
                boolean allowed = attempt(users.get(role), action, placeUnits[place], placePeople[place],
                        placeTerms[place], placeNotices[place]);
                checked++;
                if (allowed != expected) {
                    mismatches.add(role + " " + cells[1] + " on " + PLACES[place] + ": "
                            + (allowed ? "allowed" : "denied") + ", the matrix says " + (expected ? "allowed" : "denied"));
                }
            }
        }
        assertEquals(Role.values().length * actions.size() * 4, checked, "every role and action is in the table");
        assertEquals(List.of(), mismatches);
    }

    private static boolean attempt(String username, Action action, long unit, long person, long term, long notice)
            throws Exception {
        ThrowingRunnable work = () -> action.on(unit, person, term, notice);
        try {
            run(username, work);
            return true;
        } catch (AccessDeniedException | RecordNotFoundException denied) {
            return false;
        } catch (BusinessRuleException passedThePermissionCheck) {
            return true;
        }
    }
}
