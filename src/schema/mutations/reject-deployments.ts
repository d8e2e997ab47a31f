import { definePendingDeploymentsReview } from './pending-deployments-review.js';

definePendingDeploymentsReview('rejectDeployments', 'rejected');
